#!/usr/bin/env bash
# Change feed and webhooks benchmark (issue #15, item 7). Starts a private PostgreSQL 15 and the packaged service in
# prod mode against it (bench/reliability/lib.sh), a local receiver (receiver.py), and prints three tables:
#   (a) POST /claims throughput without the outbox row, with it, and with it plus active webhook subscriptions;
#   (b) events delivered per second to the receiver while wrk creates claims and while the backlog drains;
#   (c) commit-to-delivery lag (receive time - event `time`) at a steady 100 claims/s.
#
#   bench/events/run.sh                  # ~6-8 minutes
#   PARTS="a b" bench/events/run.sh      # a subset
#
# Settings: PORT (19081), RECEIVER_PORT (19090), CONNS (16, wrk connections), DURATION (15 s per wrk run), ROUNDS
# (3 for a, 2 for b), SUBS (1: subscriptions active in configuration C of a), RATE (100/s for c), LAG_DURATION (60 s),
# WARMUP_* (bench/warmup.py), PG_PORT (55432), REL_KEEP=1 keeps the work directory. Needs wrk (apt-get install wrk).
source "$(dirname "${BASH_SOURCE[0]}")/../reliability/lib.sh"
EV_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

PORT=${PORT:-19081}
RECEIVER_PORT=${RECEIVER_PORT:-19090}
CONNS=${CONNS:-16}
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-3}
SUBS=${SUBS:-1}
RATE=${RATE:-100}
LAG_DURATION=${LAG_DURATION:-60}
PARTS=${PARTS:-a b c}
# Short retry steps as the reliability scripts use; the figures here have no failures, so they do not matter much.
SVC_OPTS=(-Dsourceledger.webhooks.allow-private-targets=true -Dsourceledger.webhooks.retry.initial-delay=PT1S
  -Dsourceledger.webhooks.retry.max-delay=PT2S -Dquarkus.log.level=WARN)

rel_init
rel_need postgresql
command -v wrk > /dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk > /dev/null; } || die "install wrk"
rel_build
rel_keys
pg_init_and_start
svc_start service "$PORT" "${SVC_OPTS[@]}"
pid=$SVC_PID
svc_wait_ready service "$PORT" "$pid"
BASE="http://127.0.0.1:$PORT"
KEY=$(rel_editor_key "$BASE")

rel_port_free "$RECEIVER_PORT"
python3 "$EV_DIR/receiver.py" --port "$RECEIVER_PORT" --out "$WORK/received.jsonl" > "$WORK/receiver.log" 2>&1 &
REL_SVC_PIDS+=("$!")
RECEIVER="http://127.0.0.1:$RECEIVER_PORT"
# CPU accounting (evtool.py cpu_seconds): the service JVM and the postmaster with its backends.
export SVC_CPU_PIDS="$pid" PG_PID="$(head -1 "$WORK/pg/data/postmaster.pid")"
for _ in $(seq 1 50); do curl -sf "$RECEIVER/_control" > /dev/null && break; sleep 0.1; done

subs=""
for i in $(seq 1 "$SUBS"); do
  id=$(python3 "$EV_DIR/evtool.py" subscribe --base "$BASE" --admin-key "$ADMIN_KEY" --url "$RECEIVER/hook/$i" \
    --types claim.created | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  subs+="${subs:+,}$id"
done

machine="nproc $(nproc); RAM $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(java -version 2>&1 | head -1); PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')"
echo "bench/events/run.sh — $(date -u '+%Y-%m-%d %H:%M UTC'); $machine; load before: $(uptime | sed 's/.*load average: //')"
echo "service: prod profile, java -Xmx512m, defaults for senders (8) and batch size (50); receiver: receiver.py (Python ThreadingHTTPServer, keep-alive, answers 204)"
echo
common=(--base "$BASE" --key "$KEY" --admin-key "$ADMIN_KEY" --receiver "$RECEIVER" --received "$WORK/received.jsonl"
  --subscriptions "$subs" --conns "$CONNS" --duration "$DURATION")
for part in $PARTS; do
  case "$part" in
    a) python3 "$EV_DIR/evtool.py" overhead "${common[@]}" --rounds "$ROUNDS" --json "$WORK/a.json" ;;
    b) python3 "$EV_DIR/evtool.py" throughput "${common[@]}" --rounds 2 --backlog "${BACKLOG:-5000}" --json "$WORK/b.json" ;;
    c) python3 "$EV_DIR/evtool.py" lag "${common[@]}" --rate "$RATE" --json "$WORK/c.json" --duration "$LAG_DURATION" ;;
  esac
  echo
done
echo "load after: $(uptime | sed 's/.*load average: //')"
