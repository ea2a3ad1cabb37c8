"""Posts one large text repeatedly and reports analysed megabytes per second. Standard library only.
Warms up until the request rate is stable (bench/warmup.py: WARMUP_WINDOW, WARMUP_TOLERANCE, WARMUP_MAX), then
times ROUNDS requests."""
import os
import http.client
import json
import statistics
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import warmup  # noqa: E402 (bench/warmup.py)

BASE = urllib.parse.urlparse(sys.argv[1])
# The embedded profile's development key (role EDITOR); see docs/security.md, Development keys.
API_KEY = os.environ.get("SOURCELEDGER_API_KEY", "dev-editor-key-for-local-use-only")
ROUNDS = int(sys.argv[2])
PARAGRAPHS = [
    "The port authority is preparing to sell its stake in the terminal, three people familiar with the matter said, "
    "requesting anonymity because the talks are private.",
    "The transport ministry said in a statement that it would review the sale.",
    '"We were never consulted," said Irena Novak, who chairs the dockworkers\' union.',
    "The buyer declined to comment, and the terminal operator did not respond to a request for comment.",
    "Court filings show the operator owed creditors 40 million dollars at the end of June.",
    "The plan was first reported by a regional newspaper on Monday.",
    "A correspondent at the scene saw trucks queuing outside the gates.",
    "The terminal handles about 1.2 million containers a year.",
]
text = []
while sum(len(p) + 1 for p in text) < 190_000:
    text.extend(PARAGRAPHS)
body = "\n".join(text)[:190_000]
payload = json.dumps({"text": body})
size_mb = len(body.encode("utf-8")) / 1_000_000
conn = http.client.HTTPConnection(BASE.hostname, BASE.port)


def post():
    conn.request("POST", "/attribution-analyses", body=payload,
                 headers={"Content-Type": "application/json", "Accept": "application/json",
                          "Authorization": "Bearer " + API_KEY})
    response = conn.getresponse()
    data = response.read()
    if response.status != 200:
        raise SystemExit(f"answered {response.status}: {data[:300]!r}")
    return len(json.loads(data)["suggestions"])


warm = warmup.until_stable("analysis", post)  # the JIT and the connection
samples = []
for _ in range(ROUNDS):
    start = time.perf_counter()
    suggestions = post()
    samples.append(time.perf_counter() - start)
median = statistics.median(samples)
print(f"text: {len(body):,} characters ({size_mb:.3f} MB), {suggestions} suggestions per request, {ROUNDS} rounds")
print(f"warm-up ({warmup.rule()}): {warmup.describe(warm)}")
print(f"{'measure':40} {'value':>10}")
print(f"{'p50 latency per request (ms)':40} {median * 1000:>10.1f}")
print(f"{'slowest request (ms)':40} {max(samples) * 1000:>10.1f}")
print(f"{'throughput at p50 (MB/s)':40} {size_mb / median:>10.2f}")
print(f"{'target (MB/s)':40} {1.0:>10.2f}")
