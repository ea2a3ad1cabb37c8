#!/usr/bin/env bash
# Cost of provenance-aware verification on a deep, wide claim: 4 provenance chains 50 reports deep (one outlet
# each), all 200 reports linked to one claim. Starts the packaged service on the embedded PostgreSQL in a fresh
# data directory, seeds through the API, then prints a table. Figures are compared as ratios to a plain
# GET /claims/{id} measured in the same run, because absolute numbers on a shared machine are noise. Each operation
# is warmed up until its request rate is stable first (bench/warmup.py; WARMUP_WINDOW, WARMUP_TOLERANCE, WARMUP_MAX).
#
#   bench/verification/run.sh            # builds the jar if needed
#   REQUESTS=500 bench/verification/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

REQUESTS=${REQUESTS:-300}
. bench/service.sh

python3 bench/verification/measure.py "$BASE_URL" "$REQUESTS"
