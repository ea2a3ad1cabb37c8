#!/usr/bin/env bash
# Graceful shutdown under write load (issue #8, item 3): SIGTERM reaches the service in the middle of a steady
# claim-creating load. Requests in flight must finish; requests that arrive after shutdown began may get 503 (or
# connection refused once the process is gone) but no other 5xx; every acknowledged 201 must be in the database.
# Prints the figures; exits non-zero on a failed check.
#
# The load goes on until 2 s after the process has exited (quarkus.shutdown.timeout allows 20 s of draining).
#
# Settings: PORT (19081), THREADS (8), TERM_AFTER (6 s of load before SIGTERM), TIMEOUT (8 s client timeout per
# request), PG_PORT (55432), REL_POOL_OPTS (see lib.sh).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=${PORT:-19081}
THREADS=${THREADS:-8}
TERM_AFTER=${TERM_AFTER:-6}
TIMEOUT=${TIMEOUT:-8}

rel_one_service "$PORT"

events="$WORK/shutdown-events.jsonl"
timeline="$WORK/shutdown-timeline.txt"
log "load: $THREADS threads creating claims; SIGTERM at +${TERM_AFTER}s"
python3 "$REL_DIR/reltool.py" load --base "$BASE" --key "$KEY" --threads "$THREADS" --duration 60 \
  --stop-file "$WORK/stop-load" --timeout "$TIMEOUT" --ready-every 0.2 --out "$events" &
load_pid=$!

sleep "$TERM_AFTER"
echo "term=$(now)" > "$timeline"
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
echo "exited=$(now)" >> "$timeline"
echo "exit_code=$code" >> "$timeline"
log "service exited with code $code"
sleep 2
touch "$WORK/stop-load"
wait "$load_pid"

python3 "$REL_DIR/reltool.py" shutdown-report --events "$events" --timeline "$timeline" --log "$WORK/service.log"
