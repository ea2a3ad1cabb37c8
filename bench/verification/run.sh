#!/usr/bin/env bash
# Cost of provenance-aware verification on a deep, wide claim: 4 provenance chains 50 reports deep (one outlet
# each), all 200 reports linked to one claim. Starts the packaged service on the embedded PostgreSQL in a fresh
# data directory, seeds through the API, then prints a table. Figures are compared as ratios to a plain
# GET /claims/{id} measured in the same run, because absolute numbers on a shared machine are noise.
#
#   bench/verification/run.sh            # builds the jar if needed
#   REQUESTS=500 bench/verification/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18080}
REQUESTS=${REQUESTS:-300}
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
java -Dquarkus.profile=embedded -Dquarkus.http.port="$PORT" \
  -Dsourceledger.embedded-db.data-dir="$work/pgdata" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; then break; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { cat "$work/service.log"; exit 1; }

python3 bench/verification/measure.py "http://127.0.0.1:$PORT" "$REQUESTS"
