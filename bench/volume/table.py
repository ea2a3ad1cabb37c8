"""Prints the volume table from measure.py's JSON lines: per operation and volume, the median over the passes of p50
and of p99, the range of the p99s, the ratio of the median p99s (large / small), and whether the target holds; then
how each operation's warm-up went at each volume.

    python3 bench/volume/table.py MEASURE.jsonl SMALL LARGE
"""
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import warmup  # noqa: E402 (bench/warmup.py)

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
warmups = {(r["label"], r["op"]): r["warmup"] for r in rows if "warmup" in r}
rows = [r for r in rows if "warmup" not in r]
small, large = f"{int(sys.argv[2]):,}", f"{int(sys.argv[3]):,}"
groups = {}
for r in rows:
    groups.setdefault((r["label"], r["op"]), []).append(r)


def stat(label, op):
    runs = groups.get((label, op))
    if not runs:
        return None
    p99s = sorted(r["p99_ms"] for r in runs)
    return {"p50": statistics.median(r["p50_ms"] for r in runs), "p99": statistics.median(p99s),
            "range": f"{p99s[0]:.0f}-{p99s[-1]:.0f}" if len(p99s) > 1 else f"{p99s[0]:.0f}"}


TARGET_MS = 30
targets = {"list", "filter_level", "filter_story", "page_200", "page_1000"}
names = {"get_claim": "baseline: GET /claims/{id}", "list": "list: GET /claims?limit=50",
         "filter_level": "filter: ?sourcing_level=ANONYMOUS&limit=50", "filter_story": "filter: ?story_id=…&limit=50",
         "search_common": "search: ?q=harbour (~6.6 % of claims)", "search_rare": "search: ?q=zeppelin (~0.05 %)",
         "search_old": "search: ?q=lighthouse (2 %, all in spring 2023)", "search_none": "search: ?q=xylophone (no match)",
         "page_200": "keyset page 200 (limit 50)", "page_1000": "keyset page 1000 (limit 50)",
         "verification": "GET /claims/{id}/verification", "summary": "GET /stories/{id}/sourcing-summary"}
fix = any(label == "1m+fix" for label, _ in groups)
head = (f"| operation | p50 {small} | p99 {small} (range) | p50 {large} | p99 {large} (range) | p99 ratio |"
        f" target: p99 at {large} ≤ {TARGET_MS} ms and ≤ 1.5 × {small} |")
sep = "|---|---:|---:|---:|---:|---:|---|"
if fix:
    head += " p50 with fix | p99 with fix (range) |"
    sep += "---:|---:|"
print(head)
print(sep)
for op, name in names.items():
    s, l, x = stat("10k", op), stat("1m", op), stat("1m+fix", op)
    if not s and not l:
        continue
    ratio = f"{l['p99'] / s['p99']:.2f}" if s and l else "n/a"
    if op in targets and l:
        under = l["p99"] <= TARGET_MS
        scaled = s is None or l["p99"] <= 1.5 * s["p99"]
        verdict = "met" if under and scaled else "MISSED (" + ", ".join(
            m for m, bad in ((f"> {TARGET_MS} ms", not under), ("> 1.5 × small", not scaled)) if bad) + ")"
        if s is None:
            verdict += " (no page 1000 at the small volume)"
    else:
        verdict = "no target"
    cell = lambda v, k: f"{v[k]:.1f}" if v else "n/a"
    rng = lambda v: f"{v['p99']:.1f} ({v['range']})" if v else "n/a"
    line = f"| {name} | {cell(s, 'p50')} | {rng(s)} | {cell(l, 'p50')} | {rng(l)} | {ratio} | {verdict} |"
    if fix:
        line += f" {cell(x, 'p50')} | {rng(x)} |"
    print(line)
print()
print("Milliseconds; each figure is the median over the passes, (range) the lowest and highest p99 of the passes.")
print("Page 200 is the last full page at the small volume; page 1000 exists only at the large one.")
print()
print(f"Warm-up of each operation before its first pass (sequential requests, not measured): {warmup.rule()}.")
volumes = [(label, title) for label, title in (("10k", small), ("1m", large), ("1m+fix", large + " with fix"))
           if any(lab == label for lab, _ in warmups)]
print("| operation | " + " | ".join(f"warm-up at {title}" for _, title in volumes) + " |")
print("|---|" + "---|" * len(volumes))
for op, name in names.items():
    cells = [warmups.get((label, op)) for label, _ in volumes]
    if any(cells):
        print(f"| {name} | " + " | ".join(warmup.describe(c, short=True) if c else "n/a" for c in cells) + " |")
