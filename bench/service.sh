# Sourced by the bench scripts: starts the packaged service on the embedded PostgreSQL in a fresh data
# directory, waits until it is ready, and stops it when the script exits. Sets BASE_URL.
PORT=${PORT:-18080}
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests
fi
bench_work=$(mktemp -d)
java -Dquarkus.profile=embedded -Dquarkus.http.port="$PORT" \
  -Dsourceledger.embedded-db.data-dir="$bench_work/pgdata" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$bench_work/service.log" 2>&1 &
bench_pid=$!
trap 'kill "$bench_pid" 2>/dev/null || true; wait "$bench_pid" 2>/dev/null || true; rm -rf "$bench_work"' EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; then break; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { cat "$bench_work/service.log"; exit 1; }
BASE_URL="http://127.0.0.1:$PORT"
