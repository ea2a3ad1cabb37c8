# Shared parts of the reliability scripts; sourced, never run. Starts and stops a private PostgreSQL 15, packaged
# service instances and nginx, and removes everything it started when the calling script exits, however it exits.
#
# Settings (environment): PG_PORT (55432), PG_BIN (/usr/lib/postgresql/15/bin), REL_KEEP=1 keeps the work
# directory (logs, data) even on success; it is always kept, and its path printed, when a script fails.
set -euo pipefail

REL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$REL_DIR/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55432}
PG_DB=sourceledger
PG_USER=sourceledger
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

# Pool settings passed to every instance as -D flags. Without them, connections that died while PostgreSQL was
# down stay in the pool until a request trips over each one (a 503 apiece) or background validation (every 2 min)
# finds them; with them, a connection idle for more than 1 s is validated before it is handed out. See README.md.
# REL_POOL_OPTS="" runs the service on application.properties alone.
REL_POOL_OPTS=${REL_POOL_OPTS-}

REL_SVC_PIDS=()
REL_NGINX_PID=""
REL_PG_STARTED=""
WORK=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
now() { date +%s.%N; }

# Creates the work directory and installs the cleanup trap. Call first.
rel_init() {
  WORK=$(mktemp -d /tmp/sourceledger-rel.XXXXXX)
  chmod 755 "$WORK"
  trap rel_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  log "work directory: $WORK"
}

rel_cleanup() {
  local rc=$?
  set +e
  local pid
  for pid in "${REL_SVC_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null
  done
  for pid in "${REL_SVC_PIDS[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  if [ -n "$REL_NGINX_PID" ] && kill -0 "$REL_NGINX_PID" 2>/dev/null; then
    kill -QUIT "$REL_NGINX_PID" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$REL_NGINX_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$REL_NGINX_PID" 2>/dev/null
    wait "$REL_NGINX_PID" 2>/dev/null
  fi
  if [ -n "$REL_PG_STARTED" ] && [ -f "$WORK/pg/data/postmaster.pid" ]; then
    pg_as "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop > /dev/null 2>&1
  fi
  if [ -n "$WORK" ] && [ -d "$WORK" ]; then
    if [ "$rc" -ne 0 ] || [ "${REL_KEEP:-0}" = 1 ]; then
      log "kept $WORK (service logs *.log, PostgreSQL log pg/log, events *.jsonl)"
    else
      rm -rf "$WORK"
    fi
  fi
  exit "$rc"
}

# Installs Debian's packages the scripts need when they are missing (root only), e.g. rel_need postgresql nginx.
rel_need() {
  local missing=()
  local what
  for what in "$@"; do
    case "$what" in
      postgresql) [ -x "$PG_BIN/initdb" ] || missing+=(postgresql-15) ;;
      nginx) command -v nginx > /dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx) ;;
    esac
  done
  command -v python3 > /dev/null 2>&1 || missing+=(python3)
  command -v curl > /dev/null 2>&1 || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "install these Debian packages first: ${missing[*]}"
  log "installing ${missing[*]}"
  apt-get update -qq > /dev/null
  # policy-rc.d may deny starting the packaged services; that is what we want (we run our own).
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > "$WORK/apt.log" 2>&1 \
    || { tail -20 "$WORK/apt.log"; die "apt-get install ${missing[*]}"; }
}

# Builds the packaged service when target/quarkus-app/quarkus-run.jar is missing.
rel_build() {
  if [ ! -f "$JAR" ]; then
    log "building the service (./mvnw package -DskipTests)"
    (cd "$ROOT" && ./mvnw -q -B -ntp package -DskipTests)
  fi
  [ -f "$JAR" ] || die "no $JAR after the build"
}

# Fails when something already listens on 127.0.0.1:PORT.
rel_port_free() {
  local port
  for port in "$@"; do
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      die "port $port is in use; set another (see README.md)"
    fi
  done
}

# Runs a command as the postgres user when we are root (PostgreSQL refuses to run as root).
pg_as() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "cd / && $(printf '%q ' "$@")"
  else
    "$@"
  fi
}

# initdb in $WORK/pg/data, listen on 127.0.0.1:$PG_PORT (password authentication over TCP), create the
# database and its owner. Exports PG* so that psql (and reltool.py) reach it as the service does.
pg_init_and_start() {
  rel_port_free "$PG_PORT"
  mkdir -p "$WORK/pg"
  [ "$(id -u)" = 0 ] && chown postgres: "$WORK/pg"
  PG_PASSWORD=$(openssl rand -hex 16)
  pg_as "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 > "$WORK/pg/initdb.log" 2>&1 \
    || { cat "$WORK/pg/initdb.log"; die "initdb"; }
  cat >> "$WORK/pg/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK/pg'
max_connections = 100
EOF
  pg_start
  REL_PG_STARTED=1
  pg_as "$PG_BIN/psql" -h "$WORK/pg" -p "$PG_PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'" -c "CREATE DATABASE $PG_DB OWNER $PG_USER" > /dev/null
  export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER="$PG_USER" PGDATABASE="$PG_DB" PGPASSWORD="$PG_PASSWORD"
  export PSQL="$PG_BIN/psql"
  log "PostgreSQL 15 on 127.0.0.1:$PG_PORT (data $WORK/pg/data)"
}

pg_start() {
  pg_as "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -t 30 start > /dev/null \
    || { tail -20 "$WORK/pg/log"; die "pg_ctl start"; }
}

pg_stop_fast() {
  pg_as "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w -t 30 stop > /dev/null
}

# psql as the service's user; extra arguments go to psql (e.g. -c "SELECT ...").
pg_query() {
  "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

# svc_start NAME PORT [java -D options...]: starts the packaged service in prod mode against the private
# PostgreSQL, logging to $WORK/NAME.log. Sets SVC_PID. Needs pg_init_and_start and rel_keys first.
svc_start() {
  local name=$1 port=$2
  shift 2
  rel_port_free "$port"
  # shellcheck disable=SC2086 # REL_POOL_OPTS is a list of -D flags
  (cd "$WORK" && exec env \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" \
    SOURCELEDGER_IDENTITY_KEY="$IDENTITY_KEY" SOURCELEDGER_BOOTSTRAP_ADMIN_KEY="$ADMIN_KEY" \
    java -Xmx512m -Dquarkus.http.port="$port" $REL_POOL_OPTS "$@" -jar "$JAR") > "$WORK/$name.log" 2>&1 &
  SVC_PID=$!
  REL_SVC_PIDS+=("$SVC_PID")
  log "started $name on 127.0.0.1:$port (pid $SVC_PID${REL_POOL_OPTS:+, pool options: $REL_POOL_OPTS})"
}

# svc_wait_ready NAME PORT PID [seconds]: waits for /q/health/ready to answer 200.
svc_wait_ready() {
  local name=$1 port=$2 pid=$3 limit=${4:-90}
  local deadline=$((SECONDS + limit))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if ! kill -0 "$pid" 2> /dev/null; then
      tail -40 "$WORK/$name.log" >&2
      die "$name exited during start"
    fi
    if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" = 200 ]; then
      log "$name ready"
      return 0
    fi
    sleep 0.3
  done
  tail -40 "$WORK/$name.log" >&2
  die "$name not ready after ${limit}s"
}

# Generates the identity key and bootstrap ADMIN key the instances share.
rel_keys() {
  IDENTITY_KEY=$(openssl rand -base64 32)
  ADMIN_KEY=$(openssl rand -base64 33)
}

# rel_one_service PORT: everything a single-instance script needs before its scenario: packages, the jar, keys,
# PostgreSQL, the service (named "service") ready on PORT. Sets pid, BASE and KEY (an EDITOR key).
rel_one_service() {
  rel_init
  rel_need postgresql
  rel_build
  rel_keys
  pg_init_and_start
  svc_start service "$1"
  pid=$SVC_PID
  svc_wait_ready service "$1" "$pid"
  BASE="http://127.0.0.1:$1"
  KEY=$(rel_editor_key "$BASE")
}

# rel_editor_key BASE_URL: issues an EDITOR key with the ADMIN key and prints it.
rel_editor_key() {
  python3 "$REL_DIR/reltool.py" editor-key --base "$1" --admin-key "$ADMIN_KEY"
}

# nginx_start PORT UPSTREAM_PORT...: round-robin proxy in front of the instances; logs in $WORK/nginx.
nginx_start() {
  local port=$1
  shift
  rel_port_free "$port"
  local dir="$WORK/nginx"
  mkdir -p "$dir/temp"
  chmod 777 "$dir/temp"
  local servers="" p
  for p in "$@"; do servers+="    server 127.0.0.1:$p;"$'\n'; done
  cat > "$dir/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 512; }
http {
  log_format upstream '\$remote_addr "\$request" \$status \$upstream_addr \$request_time';
  access_log $dir/access.log upstream;
  client_body_temp_path $dir/temp/body;
  proxy_temp_path $dir/temp/proxy;
  fastcgi_temp_path $dir/temp/fastcgi;
  uwsgi_temp_path $dir/temp/uwsgi;
  scgi_temp_path $dir/temp/scgi;
  upstream sourceledger {
$servers  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://sourceledger;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      # A load balancer that silently retries elsewhere would hide what this test looks for.
      proxy_next_upstream off;
    }
  }
}
EOF
  local nginx_bin
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx_bin" -t -q -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" || die "nginx -t"
  "$nginx_bin" -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" > "$dir/stdout.log" 2>&1 &
  REL_NGINX_PID=$!
  local i
  for i in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" = 200 ] && break
    kill -0 "$REL_NGINX_PID" 2> /dev/null || { cat "$dir/error.log"; die "nginx exited"; }
    sleep 0.2
  done
  log "nginx on 127.0.0.1:$port -> $* (pid $REL_NGINX_PID)"
}
