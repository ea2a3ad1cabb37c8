"""Seeds, through the API, the claim the verification load reads: CHAINS linked reports, each at the end of a
derived_from chain DEPTH derivations deep (so CHAINS * (DEPTH + 1) reports), origins spread over 10 outlets; the
first CHAINS - 5 links corroborate, the last 5 conflict. Prints the claim id.

    python3 bench/load/seed_graph.py BASE_URL API_KEY [CHAINS=50] [DEPTH=10]
"""
import http.client
import json
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

BASE, KEY = sys.argv[1], sys.argv[2]
CHAINS = int(sys.argv[3]) if len(sys.argv) > 3 else 50
DEPTH = int(sys.argv[4]) if len(sys.argv) > 4 else 10
URL = urlparse(BASE)


class Client:
    def __init__(self):
        self.conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=60)

    def post(self, path, body):
        self.conn.request("POST", path, json.dumps(body),
                          {"Authorization": "Bearer " + KEY, "Content-Type": "application/json"})
        response = self.conn.getresponse()
        data = response.read()
        if response.status != 201:
            raise SystemExit(f"POST {path} answered {response.status}: {data[:300]!r}")
        return json.loads(data)["id"]


def chain(index):
    client = Client()
    run = uuid.uuid4().hex[:8]
    parent = client.post("/reports", {"url": f"https://origin{index % 10}.example/{run}/{index}",
                                      "title": f"Origin report {index}", "outlet": f"Origin Outlet {index % 10}",
                                      "kind": "WIRE"})
    for depth in range(1, DEPTH + 1):
        parent = client.post("/reports", {"url": f"https://republisher{depth}.example/{run}/{index}",
                                          "title": f"Republished {index} at depth {depth}",
                                          "outlet": f"Republisher {depth}", "kind": "NEWS",
                                          "derived_from": [parent]})
    return parent


def main():
    client = Client()
    claim = client.post("/claims", {
        "statement": "The harbour authority plans to ban cargo drones at night from March.",
        "sourcing_level": "ANONYMOUS",
        "attribution": {"source_description": "an aide", "anonymity_reason": "not authorised"}})
    with ThreadPoolExecutor(max_workers=4) as pool:
        heads = list(pool.map(chain, range(CHAINS)))
    for i, head in enumerate(heads):
        relation = "CORROBORATES" if i < CHAINS - 5 else "CONFLICTS"
        client.post(f"/claims/{claim}/links", {"report_id": head, "relation": relation})
    print(claim)


main()
