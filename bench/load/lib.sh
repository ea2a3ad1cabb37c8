# Shared by bench/load/run.sh and bench/volume/run.sh (sourced, not run). Installs what the benchmarks need from
# Debian, builds the jar when it is missing, starts Debian's PostgreSQL 15 as the postgres user in a private temporary
# data directory, starts the packaged service in the prod profile against it, cleans everything up on exit, and warms
# an operation up until its throughput is stable (bench_warmup, below).
#
# Ports (override with the environment): PostgreSQL on PG_PORT (56432), the service on SVC_PORT (19180).
# Warm-up (bench_warmup; bench/*/measure.py read the same variables through bench/warmup.py): WARMUP_WINDOW (5 s),
# WARMUP_TOLERANCE (5 %), WARMUP_MAX (120 s per operation).

PG_PORT=${PG_PORT:-56432}
SVC_PORT=${SVC_PORT:-19180}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE_URL="http://127.0.0.1:$SVC_PORT"
DB_NAME=sourceledger
DB_USER=sourceledger
DB_PASSWORD=${DB_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
export PGPASSWORD="$DB_PASSWORD"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# apt-get install the packages that are missing; waits for the dpkg lock if another process holds it.
bench_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" > /dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  log "installing ${missing[*]} with apt-get"
  for _ in $(seq 1 40); do
    if $sudo apt-get -o DPkg::Lock::Timeout=120 update -qq \
        && DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=120 install -y -qq "${missing[@]}" > /dev/null; then
      return 0
    fi
    log "apt-get failed (another process may hold the dpkg lock); retrying in 15 s"
    sleep 15
  done
  log "could not install ${missing[*]}"
  return 1
}

bench_build() {
  if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    log "building the jar: ./mvnw -q -B -ntp package -DskipTests"
    ./mvnw -q -B -ntp package -DskipTests
  fi
}

bench_port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2> /dev/null; then
    log "port $1 is already in use; set $2 to another port"
    exit 1
  fi
}

# Runs a command as the PostgreSQL owner: the postgres user when we are root, else ourselves.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

BENCH_WORK=""
SVC_PID=""
bench_cleanup() {
  local rc=$?
  if [ -n "$SVC_PID" ]; then kill "$SVC_PID" 2> /dev/null || true; wait "$SVC_PID" 2> /dev/null || true; fi
  if [ -n "$BENCH_WORK" ] && [ -f "$BENCH_WORK/pgdata/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$BENCH_WORK/pgdata" -m fast -w stop > /dev/null 2>&1 || true
  fi
  [ -n "$BENCH_WORK" ] && rm -rf "$BENCH_WORK"
  return $rc
}

bench_workdir() {
  BENCH_WORK=$(mktemp -d /tmp/sourceledger-bench.XXXXXX)
  chmod 755 "$BENCH_WORK"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

# Starts PostgreSQL 15 (Debian's packaged server) in $BENCH_WORK/pgdata. Extra postgresql.conf lines on stdin.
pg_start() {
  bench_port_free "$PG_PORT" PG_PORT
  local data="$BENCH_WORK/pgdata" sock="$BENCH_WORK/sock"
  mkdir -p "$data" "$sock" "$BENCH_WORK/pglog"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data" "$sock" "$BENCH_WORK/pglog"
  chmod 700 "$data"
  as_pg "$PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
      --auth-host=scram-sha-256 > "$BENCH_WORK/initdb.log" 2>&1 || { cat "$BENCH_WORK/initdb.log"; exit 1; }
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $PG_PORT"
    echo "unix_socket_directories = '$sock'"
    echo "max_connections = 200"
    echo "shared_buffers = ${PG_SHARED_BUFFERS:-1GB}"
    echo "max_wal_size = 4GB"
    echo "checkpoint_timeout = 15min"
    echo "maintenance_work_mem = 512MB"
    cat
  } | as_pg tee -a "$data/postgresql.conf" > /dev/null
  PG_LOG="$BENCH_WORK/pglog/postgres.log"
  as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$PG_LOG" -w start > /dev/null \
      || { cat "$PG_LOG"; exit 1; }
  PG_SOCK="$sock"
  psql_admin -q -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"
  log "PostgreSQL $(psql_admin -Atc 'SHOW server_version') (Debian package, $PG_BIN) on 127.0.0.1:$PG_PORT, data in $data"
}

# psql as the superuser over the private socket; psql_db in the service database as the superuser.
psql_admin() { as_pg psql -X -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
psql_db() { as_pg psql -X -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d "$DB_NAME" -v ON_ERROR_STOP=1 "$@"; }

# Starts the packaged service in the prod profile against our PostgreSQL. Extra JVM/-D options as arguments.
svc_start() {
  bench_port_free "$SVC_PORT" SVC_PORT
  ADMIN_KEY=$(openssl rand -base64 33 | tr -d '\n')
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
  QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
  SOURCELEDGER_IDENTITY_KEY="$(openssl rand -base64 32)" SOURCELEDGER_BOOTSTRAP_ADMIN_KEY="$ADMIN_KEY" \
    java "$@" -Dquarkus.http.port="$SVC_PORT" -jar target/quarkus-app/quarkus-run.jar > "$BENCH_WORK/service.log" 2>&1 &
  SVC_PID=$!
  for _ in $(seq 1 180); do
    curl -sf "$BASE_URL/q/health/ready" > /dev/null 2>&1 && break
    kill -0 "$SVC_PID" 2> /dev/null || break
    sleep 0.5
  done
  curl -sf "$BASE_URL/q/health/ready" > /dev/null || { log "service did not start"; tail -50 "$BENCH_WORK/service.log"; exit 1; }
  STARTED_IN=$(grep -o 'started in [0-9.]*s' "$BENCH_WORK/service.log" | tail -1 | awk '{print $3}')
  log "service (prod profile, pid $SVC_PID) ready on $BASE_URL; JVM log says started in $STARTED_IN"
}

svc_stop() {
  if [ -n "$SVC_PID" ]; then kill "$SVC_PID" 2> /dev/null || true; wait "$SVC_PID" 2> /dev/null || true; SVC_PID=""; fi
}

svc_rss_mib() { ps -o rss= -p "$SVC_PID" | awk '{printf "%.0f", $1/1024}'; }

# Issues an EDITOR key with the bootstrap ADMIN key; sets KEY, KEY_ID, KEY_NAME and KEY_HASH (hex SHA-256).
svc_editor_key() {
  local answer
  answer=$(curl -sf -X POST "$BASE_URL/api-keys" -H "Authorization: Bearer $ADMIN_KEY" \
      -H 'Content-Type: application/json' -d "{\"name\":\"bench-$(openssl rand -hex 6)\",\"role\":\"EDITOR\"}")
  read -r KEY KEY_ID KEY_NAME < <(printf '%s' "$answer" \
      | python3 -c 'import json,sys; a=json.load(sys.stdin); print(a["key"], a["id"], a["name"])')
  KEY_HASH=$(printf '%s' "$KEY" | sha256sum | awk '{print $1}')
}

machine_description() {
  echo "nproc $(nproc); RAM $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo);" \
       "CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//');" \
       "$(java -version 2>&1 | head -1); PostgreSQL $($PG_BIN/postgres --version | awk '{print $3}');" \
       "load before run: $(uptime | sed 's/.*load average: //')"
}

# --- Warm-up until throughput is stable -------------------------------------------------------------------------------
# How long the JIT (and the connection pool, PostgreSQL's caches) takes to reach full speed depends on the operation
# and the machine: a fixed warm-up of 10 s left GET /claims/{id} at 2,000 req/s where the warm JVM answers 7,000+.
# So a warm-up runs windows of WARMUP_WINDOW seconds until two consecutive windows agree within WARMUP_TOLERANCE
# percent (the later window's rate divided by the earlier one's lies within 1 +- WARMUP_TOLERANCE/100), or until
# the cap of WARMUP_MAX / WARMUP_WINDOW windows (at least 2), i.e. WARMUP_MAX seconds of windows plus wrk's start-up
# per window; then it stops anyway and says so. Exported for the Python benchmarks (bench/warmup.py applies the same
# rule).
WARMUP_WINDOW=${WARMUP_WINDOW:-5}
WARMUP_TOLERANCE=${WARMUP_TOLERANCE:-5}
WARMUP_MAX=${WARMUP_MAX:-120}
export WARMUP_WINDOW WARMUP_TOLERANCE WARMUP_MAX
if [ -n "${WARMUP:-}" ]; then
  log "WARMUP=$WARMUP is no longer used: warm-ups run until throughput is stable (WARMUP_WINDOW, WARMUP_TOLERANCE, WARMUP_MAX)"
fi
[[ "$WARMUP_WINDOW" =~ ^[1-9][0-9]*$ && "$WARMUP_MAX" =~ ^[0-9]+$ && "$WARMUP_TOLERANCE" =~ ^[0-9]+([.][0-9]+)?$ ]] \
    || { log "WARMUP_WINDOW and WARMUP_MAX must be whole seconds (WINDOW >= 1), WARMUP_TOLERANCE a percentage"; exit 1; }

# The most windows one warm-up runs; callers that consume something per window (post_link's pairs) size pools by it.
warmup_max_windows() {
  local n=$((WARMUP_MAX / WARMUP_WINDOW))
  echo $((n < 2 ? 2 : n))
}

# Succeeds when rate $2 (the later window) is within WARMUP_TOLERANCE percent of rate $1 (the earlier one).
warmup_agree() {
  awk -v a="$1" -v b="$2" -v t="$WARMUP_TOLERANCE" 'BEGIN { exit !(a > 0 && b / a >= 1 - t / 100 && b / a <= 1 + t / 100) }'
}

# bench_warmup NAME UNIT CMD [ARG...]: runs `CMD ARG... WARMUP_WINDOW` once per window until two consecutive windows
# agree or the cap is reached. CMD runs one window of that many seconds and sets WINDOW_RATE (higher = faster, in
# UNIT, e.g. req/s); it runs in this shell, not a subshell, so it may move state such as BENCH_LINK_BASE. Sets
# WARMUP_NOTE[NAME] to one line for the results header: how long the warm-up took, whether it converged or hit the
# cap, and the last two window rates.
declare -A WARMUP_NOTE
bench_warmup() {
  local name=$1 unit=$2 max n=0 prev="" rate="" verdict t0 secs
  shift 2
  max=$(warmup_max_windows)
  t0=$(date +%s.%N)
  verdict="hit the ${WARMUP_MAX} s cap without converging"
  while [ "$n" -lt "$max" ]; do
    prev=$rate
    WINDOW_RATE=""
    "$@" "$WARMUP_WINDOW"
    rate=${WINDOW_RATE:-0}
    n=$((n + 1))
    log "warm-up $name: window $n of at most $max: $rate $unit"
    if [ -n "$prev" ] && warmup_agree "$prev" "$rate"; then verdict=converged; break; fi
  done
  secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
  WARMUP_NOTE[$name]="$verdict after ${secs} s ($n windows of ${WARMUP_WINDOW} s); last two windows: ${prev:-none}, $rate $unit"
  log "warm-up $name: ${WARMUP_NOTE[$name]}"
}
