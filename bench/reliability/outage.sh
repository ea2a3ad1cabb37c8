#!/usr/bin/env bash
# Database outage (issue #8, item 2). Part 1: PostgreSQL stops for 10 s in the middle of a steady claim-creating
# load and starts again; the service must fail fast (503 problem+json, readiness DOWN), recover within 5 s without a
# restart, and lose no acknowledged claim. Part 2: PostgreSQL restarts while the service is idle with a full pool;
# the first requests afterwards must not fail on dead pooled connections. Prints the figures; exits non-zero on a
# failed check.
#
#   bench/reliability/outage.sh                    # with the pool options of lib.sh (REL_POOL_OPTS)
#   REL_POOL_OPTS="" bench/reliability/outage.sh   # with application.properties only
#
# Settings: PORT (19081), THREADS (8), DURATION (35 s of load), STOP_AFTER (10 s), DOWN_FOR (10 s), TIMEOUT (8 s
# client timeout per request), PARTS (both; "load" runs part 1 only, "idle" part 2 only), PG_PORT (55432).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=${PORT:-19081}
THREADS=${THREADS:-8}
DURATION=${DURATION:-35}
STOP_AFTER=${STOP_AFTER:-10}
DOWN_FOR=${DOWN_FOR:-10}
TIMEOUT=${TIMEOUT:-8}
PARTS=${PARTS:-both}

rel_one_service "$PORT"

events="$WORK/outage-events.jsonl"
timeline="$WORK/outage-timeline.txt"
: > "$timeline"
rc=0
if [ "$PARTS" != idle ]; then
  log "load: $THREADS threads creating claims for ${DURATION}s; PostgreSQL stops at +${STOP_AFTER}s for ${DOWN_FOR}s"
  echo "load_begin=$(now)" >> "$timeline"
  python3 "$REL_DIR/reltool.py" load --base "$BASE" --key "$KEY" --threads "$THREADS" --duration "$DURATION" \
    --timeout "$TIMEOUT" --ready-every 0.2 --out "$events" &
  load_pid=$!

  sleep "$STOP_AFTER"
  echo "stop_begin=$(now)" >> "$timeline"
  pg_stop_fast
  echo "stop_done=$(now)" >> "$timeline"
  log "PostgreSQL stopped (pg_ctl stop -m fast)"
  sleep "$DOWN_FOR"
  echo "start_begin=$(now)" >> "$timeline"
  pg_start
  echo "start_done=$(now)" >> "$timeline"
  log "PostgreSQL started again"

  wait "$load_pid"
  alive=no
  kill -0 "$pid" 2> /dev/null && alive=yes
  python3 "$REL_DIR/reltool.py" outage-report --events "$events" --timeline "$timeline" --service-alive "$alive" \
    --label "pool options: ${REL_POOL_OPTS:-none (application.properties only)}" || rc=1
fi
[ "$PARTS" = load ] && exit "$rc"

# Part 2: the same restart while the service is idle. Fill the pool first (a burst of 20 clients), so that the
# pool holds connections that nobody touches during the outage; then the load starts right after PostgreSQL is
# back. Dead pooled connections show up here, not under steady load (which drains them while the database is down).
echo
log "part 2: burst of 20 clients to fill the pool, then PostgreSQL restarts while the service is idle"
python3 "$REL_DIR/reltool.py" load --base "$BASE" --key "$KEY" --threads 20 --duration 3 --timeout "$TIMEOUT" \
  --out "$WORK/warm-events.jsonl"
sleep 1
idle_events="$WORK/idle-outage-events.jsonl"
echo "pool_before=$(pg_query -c "SELECT count(*) FROM pg_stat_activity WHERE usename = '$PG_USER'
  AND pid <> pg_backend_pid()")" >> "$timeline"
pg_stop_fast
echo "idle_stop_done=$(now)" >> "$timeline"
sleep "$DOWN_FOR"
echo "idle_start_begin=$(now)" >> "$timeline"
pg_start
echo "idle_start_done=$(now)" >> "$timeline"
echo "idle_load_begin=$(now)" >> "$timeline"
python3 "$REL_DIR/reltool.py" load --base "$BASE" --key "$KEY" --threads "$THREADS" --duration 6 \
  --timeout "$TIMEOUT" --ready-every 0.2 --out "$idle_events"
python3 "$REL_DIR/reltool.py" idle-outage-report --events "$idle_events" --timeline "$timeline" || rc=1
exit "$rc"
