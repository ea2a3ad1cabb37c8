"""Latency of the read paths at one data volume, through the HTTP API: sequential requests over one keep-alive
connection; each operation is first warmed up until its throughput is stable (bench/warmup.py: WARMUP_WINDOW,
WARMUP_TOLERANCE, WARMUP_MAX; the rule of bench/load/lib.sh), then measured N times, interleaved in 4 rounds of N/4.
Writes one JSON object per operation and pass to OUT (JSON lines), plus one per operation with its warm-up
({"label", "op", "warmup": {...}}), and prints a line per operation.

    python3 bench/volume/measure.py BASE_URL API_KEY TARGETS.json OUT.jsonl [N=200] [PASSES=3]

Each pass measures every operation N times; run.sh reports the median over the passes of each percentile (and the
range of the p99s), because on a shared machine one burst from another process decides a single p99 of 200.

TARGETS.json: {"label": "10k", "stories": [...], "verification_claims": [...], "common_word": "harbour",
               "rare_word": "zeppelin", "old_word": "lighthouse", "none_word": "xylophone", "page_depths": [200, 1000]}
"""
import http.client
import itertools
import json
import math
import os
import sys
import time
from urllib.parse import quote, urlparse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import warmup  # noqa: E402 (bench/warmup.py)

BASE, KEY, TARGETS, OUT = sys.argv[1:5]
N = int(sys.argv[5]) if len(sys.argv) > 5 else 200
PASSES = int(sys.argv[6]) if len(sys.argv) > 6 else 3
URL = urlparse(BASE)
HEADERS = {"Authorization": "Bearer " + KEY, "Accept": "application/json"}
conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=120)


def get(path):
    """Returns (seconds, parsed body). Fails loudly on anything but 200."""
    start = time.perf_counter()
    conn.request("GET", path, headers=HEADERS)
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - start
    if response.status != 200:
        raise SystemExit(f"GET {path} answered {response.status}: {body[:300]!r}")
    return elapsed, body


def percentile(sorted_values, p):
    """Nearest rank: the smallest value with at least p % of the values at or below it."""
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


def measure_all(ops, pass_no, rounds=4):
    """ops: [(name, paths, note)]. Interleaved: in each of `rounds` rounds every operation gets N / rounds requests,
    so a burst of load from other processes on the machine spreads over all operations instead of one."""
    if pass_no == 1:  # the JIT, and PostgreSQL's caches after the data grew, until the operation's rate is stable
        for name, paths, _ in ops:
            cycle = itertools.cycle(paths)
            result = warmup.until_stable(f"{targets['label']} {name}", lambda: get(next(cycle)))
            print(f"WARMUP {targets['label']} {name}: {warmup.describe(result)}", flush=True)
            out.write(json.dumps({"label": targets["label"], "op": name, "warmup": result}) + "\n")
            out.flush()
    times = {name: [] for name, _, _ in ops}
    items = {}
    per_round = max(1, N // rounds)
    for r in range(rounds):
        for name, paths, _ in ops:
            for i in range(per_round):
                k = r * per_round + i
                elapsed, body = get(paths[k % len(paths)])
                times[name].append(elapsed * 1000)
                if k == 0:
                    parsed = json.loads(body)
                    items[name] = len(parsed.get("items", [])) if isinstance(parsed, dict) else 0
    for name, _, note in ops:
        t = sorted(times[name])
        result = {"label": targets["label"], "pass": pass_no, "op": name, "n": len(t), "p50_ms": round(percentile(t, 50), 2),
                  "p99_ms": round(percentile(t, 99), 2), "max_ms": round(t[-1], 2),
                  "mean_ms": round(sum(t) / len(t), 2), "items_first": items.get(name, 0), "note": note}
        print(f"MEASURE {targets['label']} pass {pass_no} {name}: p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, "
              f"max {result['max_ms']} ms (n={len(t)}, items on first answer={result['items_first']}) {note}", flush=True)
        out.write(json.dumps(result) + "\n")
        out.flush()


def cursors_at(depths, limit=50):
    """Follows next_cursor from page 1; returns {depth: cursor that fetches that page} and the walk's page times."""
    wanted = sorted(depths)
    found = {}
    cursor = None
    page = 1
    walk_times = []
    while page <= wanted[-1]:
        if page in wanted:
            found[page] = cursor
        path = f"/claims?limit={limit}" + (f"&cursor={quote(cursor)}" if cursor else "")
        elapsed, body = get(path)
        walk_times.append(elapsed * 1000)
        cursor = json.loads(body)["next_cursor"]
        if cursor is None:
            break
        page += 1
    return found, walk_times


targets = json.load(open(TARGETS))
with open(OUT, "a") as out:
    found, walk = cursors_at(targets["page_depths"])
    walk.sort()
    print(f"WALK {targets['label']}: {len(walk)} pages followed with next_cursor, page p50 "
          f"{percentile(walk, 50):.2f} ms, p99 {percentile(walk, 99):.2f} ms, total {sum(walk) / 1000:.1f} s", flush=True)
    ops = [
        ("get_claim", [f"/claims/{c}" for c in targets["verification_claims"]], "baseline: one primary-key read"),
        ("list", ["/claims?limit=50"], ""),
        ("filter_level", ["/claims?sourcing_level=ANONYMOUS&limit=50"], ""),
        ("filter_story", [f"/claims?story_id={s}&limit=50" for s in targets["stories"]],
         f"{len(targets['stories'])} stories round-robin"),
        ("search_common", [f"/claims?q={targets['common_word']}"], f"q={targets['common_word']}"),
        ("search_rare", [f"/claims?q={targets['rare_word']}"], f"q={targets['rare_word']}"),
        ("search_old", [f"/claims?q={targets['old_word']}"], f"q={targets['old_word']}"),
        ("search_none", [f"/claims?q={targets['none_word']}"], f"q={targets['none_word']}"),
    ]
    for depth in targets["page_depths"]:
        if depth in found:
            ops.append((f"page_{depth}", [f"/claims?limit=50&cursor={quote(found[depth])}"],
                        f"page {depth}, cursor from following next_cursor"))
    ops += [
        ("verification", [f"/claims/{c}/verification" for c in targets["verification_claims"]],
         f"{len(targets['verification_claims'])} claims with 3-4 links, some through chains, round-robin"),
        ("summary", [f"/stories/{s}/sourcing-summary" for s in targets["stories"]],
         f"{len(targets['stories'])} stories of ~1000 claims round-robin"),
    ]
    for pass_no in range(1, PASSES + 1):
        load = open("/proc/loadavg").read().split()[:3]
        print(f"PASS {targets['label']} {pass_no}: load average {' '.join(load)}", flush=True)
        measure_all(ops, pass_no)
