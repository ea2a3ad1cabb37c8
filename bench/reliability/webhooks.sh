#!/usr/bin/env bash
# Webhook delivery under failure (issue #15, item 7). Three cases, each on a fresh database, each with a steady
# claim-creating load (reltool.py load), one subscription on claim.* pointing at a local receiver
# (bench/events/receiver.py), and at the end the same checks (bench/events/evtool.py check):
#   0 events lost: every acknowledged 201 has its claim.created delivered (answered 2xx by the receiver) and in
#   GET /events, and every claim.* event in GET /events was delivered; 0 duplicates unless the service was killed
#   (then they are counted); every signature verifies; no delivery left PENDING or FAILED.
#
#   (i)   down: the receiver is down for DOWN_FOR (60) s under write load: the first half it is not running
#         (connection refused), the second half it answers 503; then it is back.
#   (ii)  kill: the receiver takes 200 ms per delivery, so deliveries are in flight; the service gets SIGKILL
#         mid-delivery and is started again on the same database.
#   (iii) two: two instances over one PostgreSQL behind nginx (round-robin), both dispatching; no duplicates.
#
# Retries are compressed with system properties (initial delay 1 s, max 2 s, 2 s timeout, so the lease of a
# claimed delivery is 2 x 2 + 10 = 14 s), so a run takes about 4-5 minutes.
#
# Settings: CASES ("down kill two"), THREADS (4), DOWN_FOR (60), PORT/A_PORT (19081), B_PORT (19082), NGINX_PORT
# (19080), RECEIVER_PORT (19090), PG_PORT (55432), REL_KEEP=1.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
EV_DIR="$ROOT/bench/events"

PORT=${PORT:-19081}
A_PORT=${A_PORT:-$PORT}
B_PORT=${B_PORT:-19082}
NGINX_PORT=${NGINX_PORT:-19080}
RECEIVER_PORT=${RECEIVER_PORT:-19090}
THREADS=${THREADS:-4}
DOWN_FOR=${DOWN_FOR:-60}
CASES=${CASES:-down kill two}
SVC_OPTS=(-Dsourceledger.webhooks.allow-private-targets=true -Dsourceledger.webhooks.retry.initial-delay=PT1S
  -Dsourceledger.webhooks.retry.max-delay=PT2S -Dsourceledger.webhooks.timeout=PT2S
  -Dsourceledger.webhooks.poll-interval=PT0.5S)
RECEIVER="http://127.0.0.1:$RECEIVER_PORT"

rel_init
rel_need postgresql nginx
rel_build
rel_keys
pg_init_and_start
rel_port_free "$RECEIVER_PORT" "$A_PORT" "$B_PORT" "$NGINX_PORT"

# A fresh database per case (the first case uses the one pg_init_and_start created).
n_db=0
new_db() {
  n_db=$((n_db + 1))
  if [ "$n_db" -gt 1 ]; then
    PG_DB="sourceledger_$n_db"
    pg_as "$PG_BIN/psql" -h "$WORK/pg" -p "$PG_PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE $PG_DB OWNER $PG_USER" > /dev/null
    export PGDATABASE="$PG_DB"
  fi
}

RECV_PID=""
recv_start() { # recv_start FILE [mode]
  python3 "$EV_DIR/receiver.py" --port "$RECEIVER_PORT" --out "$1" --mode "${2:-ok}" >> "$WORK/receiver.log" 2>&1 &
  RECV_PID=$!
  REL_SVC_PIDS+=("$RECV_PID")
  for _ in $(seq 1 300); do curl -sf -m 2 "$RECEIVER/_control" > /dev/null && return 0; sleep 0.1; done
  die "receiver did not start"
}
recv_stop() {
  kill -TERM "$RECV_PID" 2> /dev/null
  wait "$RECV_PID" 2> /dev/null || true
}
recv_control() { curl -sf -X POST "$RECEIVER/_control" -d "$1" > /dev/null; }
svc_stop() { # svc_stop PID
  kill -TERM "$1" 2> /dev/null
  for _ in $(seq 1 120); do kill -0 "$1" 2> /dev/null || break; sleep 0.25; done
  wait "$1" 2> /dev/null || true
}
subscribe() { # subscribe BASE -> SUB_ID, SECRET
  local answer
  answer=$(python3 "$EV_DIR/evtool.py" subscribe --base "$1" --admin-key "$ADMIN_KEY" --url "$RECEIVER/hook" \
    --types 'claim.*')
  read -r SUB_ID SECRET < <(printf '%s' "$answer" | python3 -c 'import json,sys; a=json.load(sys.stdin); print(a["id"], a["secret"])')
}
delivered_metric() { # delivered_metric PORT: this instance's successful deliveries (Micrometer counter)
  curl -sf "http://127.0.0.1:$1/q/metrics" | awk '/^sourceledger_webhooks_deliveries_total\{.*outcome="delivered"/ {s += $2} END {printf "%d", s}'
}

rc=0
declare -A RESULT

# ---------------------------------------------------------------------------------------------------------------
case_down() {
  log "case (i): receiver down for ${DOWN_FOR}s under write load"
  new_db
  svc_start down "$A_PORT" "${SVC_OPTS[@]}"
  local pid=$SVC_PID
  svc_wait_ready down "$A_PORT" "$pid"
  local base="http://127.0.0.1:$A_PORT" key
  key=$(rel_editor_key "$base")
  local rec="$WORK/down-received.jsonl"
  recv_start "$rec"
  subscribe "$base"
  local before=10 after=20 stop="$WORK/down-stop"
  python3 "$REL_DIR/reltool.py" load --base "$base" --key "$key" --threads "$THREADS" --duration 900 \
    --stop-file "$stop" --out "$WORK/down-events.jsonl" &
  local load_pid=$!
  sleep "$before"
  local t_down t_503 back
  t_down=$(now)
  recv_stop
  log "receiver stopped (connection refused) for $((DOWN_FOR / 2))s"
  sleep $((DOWN_FOR / 2))
  recv_start "$rec" 503
  t_503=$(now)
  log "receiver answers 503 until ${DOWN_FOR}s after it stopped"
  sleep "$(python3 -c "print(max(0.0, $DOWN_FOR - ($t_503 - $t_down)))")"
  recv_control '{"mode": "ok"}'
  back=$(now)
  log "receiver back"
  sleep "$after"
  touch "$stop"
  wait "$load_pid"
  local t0
  t0=$(now)
  python3 "$EV_DIR/evtool.py" wait --receiver "$RECEIVER" --limit 180 --quiet 3 || true
  local caught_up
  caught_up=$(python3 -c "import json; r=[json.loads(l) for l in open('$rec')]; print(f'{max(x[\"t\"] for x in r if x[\"status\"] < 300) - $back:.1f} s after it came back (the load stopped {$t0 - $back:.1f} s after it came back)')")
  python3 "$EV_DIR/evtool.py" check --base "$base" --key "$key" --events "$WORK/down-events.jsonl" --received "$rec" \
    --secret "$SECRET" --expect-failures --label "webhooks.sh (i) receiver down ${DOWN_FOR} s under write load ($THREADS threads)" \
    --note "receiver down=$(python3 -c "print(f'{$back - $t_down:.1f} s: refused {$t_503 - $t_down:.1f} s (includes restarting receiver.py), then 503 {$back - $t_503:.1f} s')")" \
    --note "last delivery=$caught_up" || rc=1
  recv_stop
  svc_stop "$pid"
}

# ---------------------------------------------------------------------------------------------------------------
case_kill() {
  log "case (ii): SIGKILL mid-delivery"
  new_db
  svc_start kill1 "$A_PORT" "${SVC_OPTS[@]}"
  local pid=$SVC_PID
  svc_wait_ready kill1 "$A_PORT" "$pid"
  local base="http://127.0.0.1:$A_PORT" key
  key=$(rel_editor_key "$base")
  local rec="$WORK/kill-received.jsonl"
  recv_start "$rec"
  recv_control '{"delay_ms": 200}'
  subscribe "$base"
  local stop="$WORK/kill-stop"
  python3 "$REL_DIR/reltool.py" load --base "$base" --key "$key" --threads "$THREADS" --duration 600 \
    --stop-file "$stop" --out "$WORK/kill-events.jsonl" &
  local load_pid=$!
  sleep 12
  kill -KILL "$pid"
  local killed
  killed=$(now)
  wait "$pid" 2> /dev/null || true
  log "service killed with SIGKILL"
  local leased pending
  leased=$(pg_query -c "SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING' AND attempts > 0
    AND next_attempt_at > clock_timestamp()")
  pending=$(pg_query -c "SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING'")
  sleep 2
  svc_start kill2 "$A_PORT" "${SVC_OPTS[@]}"
  local pid2=$SVC_PID
  svc_wait_ready kill2 "$A_PORT" "$pid2" 120
  local restarted
  restarted=$(now)
  sleep 10
  touch "$stop"
  wait "$load_pid"
  recv_control '{"delay_ms": 0}'
  python3 "$EV_DIR/evtool.py" wait --receiver "$RECEIVER" --limit 180 --quiet 3 || true
  python3 "$EV_DIR/evtool.py" check --base "$base" --key "$key" --events "$WORK/kill-events.jsonl" --received "$rec" \
    --secret "$SECRET" --crash --label "webhooks.sh (ii) SIGKILL mid-delivery (receiver takes 200 ms; $THREADS threads)" \
    --note "at the kill=$pending deliveries PENDING, $leased of them claimed (in flight) by the killed instance" \
    --note "down until ready again=$(python3 -c "print(f'{$restarted - $killed:.1f} s')")" || rc=1
  recv_stop
  svc_stop "$pid2"
}

# ---------------------------------------------------------------------------------------------------------------
case_two() {
  log "case (iii): two instances behind nginx"
  new_db
  svc_start a "$A_PORT" "${SVC_OPTS[@]}"
  local a_pid=$SVC_PID
  svc_start b "$B_PORT" "${SVC_OPTS[@]}"
  local b_pid=$SVC_PID
  svc_wait_ready a "$A_PORT" "$a_pid" 150
  svc_wait_ready b "$B_PORT" "$b_pid" 150
  nginx_start "$NGINX_PORT" "$A_PORT" "$B_PORT"
  local base="http://127.0.0.1:$NGINX_PORT" key
  key=$(rel_editor_key "$base")
  local rec="$WORK/two-received.jsonl"
  recv_start "$rec"
  recv_control '{"delay_ms": 5}'
  subscribe "$base"
  python3 "$REL_DIR/reltool.py" load --base "$base" --key "$key" --threads "$THREADS" --duration 40 \
    --out "$WORK/two-events.jsonl"
  python3 "$EV_DIR/evtool.py" wait --receiver "$RECEIVER" --limit 180 --quiet 3 || true
  local da db
  da=$(delivered_metric "$A_PORT")
  db=$(delivered_metric "$B_PORT")
  local ups
  ups=$(awk '{print $(NF-1)}' "$WORK/nginx/access.log" | sort | uniq -c | awk '{printf "%s %s; ", $2, $1}')
  python3 "$EV_DIR/evtool.py" check --base "$base" --key "$key" --events "$WORK/two-events.jsonl" --received "$rec" \
    --secret "$SECRET" --label "webhooks.sh (iii) two instances behind nginx, one PostgreSQL ($THREADS threads through nginx)" \
    --note "deliveries sent by instance a / b=$da / $db (Micrometer sourceledger.webhooks.deliveries)" \
    --note "requests per upstream (nginx)=$ups" || rc=1
  [ "$da" -gt 0 ] && [ "$db" -gt 0 ] || { log "FAIL: one instance delivered nothing"; rc=1; }
  recv_stop
  svc_stop "$a_pid"
  svc_stop "$b_pid"
}

echo "bench/reliability/webhooks.sh — $(date -u '+%Y-%m-%d %H:%M UTC'); nproc $(nproc); load before: $(uptime | sed 's/.*load average: //')"
echo "service options: ${SVC_OPTS[*]}"
for c in $CASES; do
  echo
  "case_$c"
done
echo
[ "$rc" = 0 ] && echo "ALL CASES: PASS" || echo "ALL CASES: FAIL (see above)"
exit "$rc"
