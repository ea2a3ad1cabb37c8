"""Seeds one story with N claims in the shapes the publication policy reads, then times its evaluation.

Sequential requests over one keep-alive connection: latency per request, measured at the client (HTTP included).
Each operation is warmed up until its rate is stable (bench/warmup.py) right before it is timed. Standard library
only.
"""
import http.client
import json
import os
import statistics
import sys
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import warmup  # noqa: E402 (bench/warmup.py)

BASE = urllib.parse.urlparse(sys.argv[1])
CLAIMS = int(sys.argv[2])
REQUESTS = int(sys.argv[3])
# The embedded profile's development key (EDITOR) and bootstrap admin key; see docs/security.md.
EDITOR = os.environ.get("SOURCELEDGER_API_KEY", "dev-editor-key-for-local-use-only")
ADMIN = "dev-admin-key-for-local-use-only-0000"
conn = http.client.HTTPConnection(BASE.hostname, BASE.port)


def call(method, path, body=None, key=EDITOR, expect=None):
    headers = {"Accept": "application/json", "Authorization": "Bearer " + key}
    data = None
    if body is not None:
        data = json.dumps(body)
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=headers)
    response = conn.getresponse()
    payload = response.read()
    if expect and response.status != expect:
        raise SystemExit(f"{method} {path} answered {response.status}: {payload[:300]!r}")
    return json.loads(payload) if payload else None


def timed(label, path):
    warm = warmup.until_stable(label, lambda: call("GET", path, expect=200), "req/s")
    samples = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        call("GET", path, expect=200)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return label, warm, statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


seed_start = time.perf_counter()
desk = "bench-" + uuid.uuid4().hex[:8]
story = call("POST", "/stories", {"headline": "Publication gate benchmark", "desk": desk}, expect=201)["id"]
reports = [call("POST", "/reports", {"url": f"https://outlet{i}.example/{uuid.uuid4()}", "title": f"Report {i}",
                                     "outlet": f"Outlet {i}", "kind": "NEWS"}, expect=201)["id"] for i in range(4)]
for i in range(CLAIMS):
    shape = i % 4
    body = {"story_id": story, "statement": f"Claim {i} of the benchmark story.", "sourcing_level": "OFFICIAL",
            "attribution": {"source_organization": "City Council"}}
    if shape in (0, 1):
        body = {"story_id": story, "statement": f"Claim {i}: an anonymous account.", "sourcing_level": "ANONYMOUS",
                "allegation": shape == 1,
                "attribution": {"source_description": "a person briefed on it", "source_count": 1,
                                "anonymity_reason": "not authorised to speak"},
                "confidential_identity": f"Source {i}"}
    claim = call("POST", "/claims", body, expect=201)["id"]
    if shape in (0, 1):
        call("GET", f"/claims/{claim}/confidential-identity", expect=200)
        call("POST", f"/claims/{claim}/approvals", {"kind": "ANONYMITY"}, expect=201)
        call("POST", f"/claims/{claim}/links", {"report_id": reports[i % 4], "relation": "CORROBORATES"}, expect=201)
    if shape == 1:
        call("POST", "/claims", {"story_id": story, "statement": f"Reply to claim {i}.",
                                 "sourcing_level": "DECLINED_TO_COMMENT", "responds_to": claim,
                                 "attribution": {"source_name": "Jo Example"}}, expect=201)
    if shape == 2:
        call("POST", f"/claims/{claim}/links", {"report_id": reports[(i + 1) % 4], "relation": "CONFLICTS"},
             expect=201)
seed_seconds = time.perf_counter() - seed_start
evaluation = call("GET", f"/stories/{story}/policy-evaluation", expect=200)

rows = [timed("GET /stories/{id} (baseline)", f"/stories/{story}"),
        timed(f"GET /stories/{{id}}/policy-evaluation ({CLAIMS}+ claims)", f"/stories/{story}/policy-evaluation")]
print(f"seeded a story with {CLAIMS} claims plus replies in {seed_seconds:.1f} s; the evaluation finds "
      f"{len(evaluation['violations'])} violations and {len(evaluation['warnings'])} warnings")
print(f"{'operation':50} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'p50 / baseline':>15}")
for label, _, p50, p99 in rows:
    print(f"{label:50} {REQUESTS:>5} {p50:>8.2f} {p99:>8.2f} {p50 / rows[0][2]:>15.2f}")
for label, warm, _, _ in rows:
    print(f"warm-up {label}: {warmup.describe(warm)}")
target = rows[1][3] <= 20
print(f"target p99 <= 20 ms for the evaluation: {'met' if target else 'NOT met'} ({rows[1][3]:.2f} ms)")
