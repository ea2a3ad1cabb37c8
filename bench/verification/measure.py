"""Seeds a 4 x 50-deep provenance graph linked to one claim, then times the verification paths.

Sequential requests over one keep-alive connection: latency per operation, not server throughput
(that belongs to the load benchmark). Each operation is warmed up until its request rate is stable
(bench/warmup.py: WARMUP_WINDOW, WARMUP_TOLERANCE, WARMUP_MAX) right before it is timed; the warm-ups of the
writes leave the data as they found it. Standard library only.
"""
import os
import http.client
import json
import statistics
import sys
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import warmup  # noqa: E402 (bench/warmup.py)

BASE = urllib.parse.urlparse(sys.argv[1])
# The embedded profile's development key (role EDITOR); see docs/security.md, Development keys.
API_KEY = os.environ.get("SOURCELEDGER_API_KEY", "dev-editor-key-for-local-use-only")
REQUESTS = int(sys.argv[2])
CHAINS, DEPTH = 4, 50
conn = http.client.HTTPConnection(BASE.hostname, BASE.port)


def call(method, path, body=None, content_type="application/json", expect=None):
    headers = {"Accept": "application/json", "Authorization": "Bearer " + API_KEY}
    data = None
    if body is not None:
        data = json.dumps(body)
        headers["Content-Type"] = content_type
    conn.request(method, path, body=data, headers=headers)
    response = conn.getresponse()
    payload = response.read()
    if expect and response.status != expect:
        raise SystemExit(f"{method} {path} answered {response.status}: {payload[:300]!r}")
    return json.loads(payload) if payload else None


warmups = []


def timed(label, method, path_fn, body_fn=None, content_type="application/json", expect=200, n=REQUESTS,
          warm_once=None, warm_unit="req/s"):
    """Warms up with warm_once (default: the operation's first request, repeated) until stable, then times n requests."""
    if warm_once is None:
        def warm_once():
            call(method, path_fn(0), body_fn(0) if body_fn else None, content_type, expect)
    warmups.append((label, warmup.until_stable(label, warm_once, warm_unit)))
    samples = []
    for i in range(n):
        body = body_fn(i) if body_fn else None
        start = time.perf_counter()
        call(method, path_fn(i), body, content_type, expect)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return label, n, statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


story = call("POST", "/stories", {"headline": "Verification benchmark"}, expect=201)["id"]
claim = call("POST", "/claims", {"story_id": story, "statement": "A claim with 200 links.",
                                 "sourcing_level": "OFFICIAL"}, expect=201)["id"]
plain = call("POST", "/claims", {"story_id": story, "statement": "A claim without links.",
                                 "sourcing_level": "OFFICIAL"}, expect=201)["id"]
bottoms = []
seed_start = time.perf_counter()
for chain in range(CHAINS):
    previous = None
    for depth in range(DEPTH):
        report = call("POST", "/reports", {
            "url": f"https://outlet{chain}.example/{uuid.uuid4()}", "title": f"Chain {chain} level {depth}",
            "outlet": f"Outlet {chain}", "kind": "NEWS", "derived_from": [previous] if previous else []},
            expect=201)["id"]
        if previous is None:
            bottoms.append(report)
        previous = report
        call("POST", f"/claims/{claim}/links", {"report_id": report, "relation": "CORROBORATES"}, expect=201)
seed_seconds = time.perf_counter() - seed_start

summary = call("GET", f"/claims/{claim}", expect=200)["verification"]
assert summary["independent_corroborations"] == CHAINS, summary
assert summary["corroborating_reports"] == CHAINS * DEPTH, summary

extra = [call("POST", "/reports", {"url": f"https://extra.example/{uuid.uuid4()}", "title": "Extra",
                                   "outlet": "Extra Outlet", "kind": "NEWS"}, expect=201)["id"]
         for _ in range(REQUESTS)]
new_origin = call("POST", "/reports", {"url": f"https://origin.example/{uuid.uuid4()}", "title": "New origin",
                                       "outlet": "Outlet 0", "kind": "WIRE"}, expect=201)["id"]
warm_report = call("POST", "/reports", {"url": f"https://extra.example/{uuid.uuid4()}", "title": "Warm-up",
                                        "outlet": "Extra Outlet", "kind": "NEWS"}, expect=201)["id"]


def link_and_unlink():
    """Warm-up of the link POST that leaves the claim at 200 links: link a report, then remove that link."""
    link = call("POST", f"/claims/{claim}/links", {"report_id": warm_report, "relation": "CORROBORATES"}, expect=201)
    call("DELETE", f"/claims/{claim}/links/{link['id']}", expect=204)


def patch_there_and_back():
    """Warm-up of the PATCH that leaves the chain as it was: derive its root from new_origin, then from nothing."""
    for derived in ([new_origin], []):
        call("PATCH", f"/reports/{bottoms[0]}", {"derived_from": derived}, "application/merge-patch+json", expect=200)


rows = [
    timed("GET /claims/{id} (no links, baseline)", "GET", lambda i: f"/claims/{plain}"),
    timed("GET /claims/{id} (200 links, stored summary)", "GET", lambda i: f"/claims/{claim}"),
    timed("GET /claims/{id}/verification (200 links, 50 deep)", "GET", lambda i: f"/claims/{claim}/verification"),
    timed("POST /claims/{id}/links (recompute 200+ links)", "POST", lambda i: f"/claims/{claim}/links",
          lambda i: {"report_id": extra[i], "relation": "CORROBORATES"}, expect=201,
          warm_once=link_and_unlink, warm_unit="POST+DELETE pairs/s"),
    timed("PATCH /reports/{id} derived_from at a chain's root", "PATCH", lambda i: f"/reports/{bottoms[0]}",
          lambda i: {"derived_from": [new_origin] if i % 2 == 0 else []}, "application/merge-patch+json", n=max(20, REQUESTS // 10),
          warm_once=patch_there_and_back, warm_unit="PATCH pairs/s"),
]
baseline = rows[0][2]
print(f"seeded {CHAINS} chains x {DEPTH} deep, {CHAINS * DEPTH} links, in {seed_seconds:.1f} s")
print(f"{'operation':55} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'p50 / baseline':>15}")
for label, n, p50, p99 in rows:
    print(f"{label:55} {n:>5} {p50:>8.2f} {p99:>8.2f} {p50 / baseline:>15.1f}")
print(f"warm-up before each operation ({warmup.rule()}):")
for label, result in warmups:
    print(f"  {label}: {warmup.describe(result)}")
