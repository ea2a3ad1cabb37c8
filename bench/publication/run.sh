#!/usr/bin/env bash
# Cost of the publication gate's dry run on a story with 200 claims (docs/publication.md): anonymous claims with
# recorded identities, approvals by an editor who read them, allegations with replies, corroborating and
# conflicting links. Starts the packaged service on the embedded PostgreSQL in a fresh data directory, seeds through
# the API, warms each operation up until its rate is stable (bench/warmup.py), then prints p50/p99 next to a plain
# GET /stories/{id} from the same run. Target: GET /stories/{id}/policy-evaluation p99 <= 20 ms at 200 claims.
#
#   bench/publication/run.sh             # builds the jar if needed
#   CLAIMS=200 REQUESTS=500 bench/publication/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

CLAIMS=${CLAIMS:-200}
REQUESTS=${REQUESTS:-500}
. bench/service.sh

python3 bench/publication/measure.py "$BASE_URL" "$CLAIMS" "$REQUESTS"
