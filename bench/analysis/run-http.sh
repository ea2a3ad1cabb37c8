#!/usr/bin/env bash
# Throughput of POST /attribution-analyses on a 190,000-character wire-style text (the limit is 200,000),
# through the real HTTP stack, one request at a time. Prints MB of text analysed per second; the target is
# at least 1 MB/s. HTTP and JSON overhead are included, so the analyser alone is faster than this figure.
# Warms up until the request rate is stable first (bench/warmup.py; WARMUP_WINDOW, WARMUP_TOLERANCE, WARMUP_MAX).
#
#   bench/analysis/run-http.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-30}
. bench/service.sh
python3 bench/analysis/measure.py "$BASE_URL" "$ROUNDS"
