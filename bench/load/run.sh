#!/usr/bin/env bash
# Load test (issue #7, item 1). One run: installs wrk and Debian's PostgreSQL 15 if missing, builds the jar if
# missing, starts PostgreSQL 15 (Debian package, as the postgres user, private temp data dir, port 56432), starts the
# packaged service in the prod profile against it (port 19180), seeds, warms each operation up until its throughput is
# stable (bench_warmup in lib.sh), measures six operations with wrk at 16 and 64 connections, then measures the
# database ceiling of the same operations with pgbench (the SQL each operation sends, same concurrency) on the same
# database, and prints one table. See bench/load/README.md.
#
#   bench/load/run.sh                       # ~10 minutes
#   DURATION=30 CONNS="16 64 128" bench/load/run.sh
#   WARMUP_WINDOW=5 WARMUP_TOLERANCE=5 WARMUP_MAX=120 bench/load/run.sh   # the warm-up rule's defaults
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-20}     # seconds per measured run (wrk and pgbench)
CONNS=${CONNS:-16 64}
THREADS=${THREADS:-2}        # wrk threads and pgbench -j
SEED_CLAIMS=${SEED_CLAIMS:-10000}
POOL_CLAIMS=${POOL_CLAIMS:-2000}
POOL_REPORTS=${POOL_REPORTS:-600}   # 2,000 x 600 pairs: enough for 24 warm-up windows and 2 measured runs of post_link
LINK_SPAN=${LINK_SPAN:-20017}         # link pairs each wrk thread may use per run (not a multiple of POOL_CLAIMS)
PGB_LINK_SPAN=${PGB_LINK_SPAN:-2031}  # the same per pgbench client
SEARCH_WORD=${SEARCH_WORD:-harbour}
OPS="get_claim post_claim list_anonymous search verification post_link"   # table order
READS=${READS-get_claim list_anonymous search verification}   # override to measure a subset, e.g. READS=get_claim WRITES=
WRITES=${WRITES-post_claim post_link}
SVC_JAVA_OPTS=${SVC_JAVA_OPTS:-}   # extra JVM options for the service, e.g. a JFR recording (see bench/load/README.md)
OPS=$(for op in $OPS; do case " $READS $WRITES " in *" $op "*) printf '%s ' "$op" ;; esac; done)

. bench/load/lib.sh   # also sets the warm-up rule: WARMUP_WINDOW (5 s), WARMUP_TOLERANCE (5 %), WARMUP_MAX (120 s)
bench_install wrk postgresql curl openssl python3
[ -x "$PG_BIN/pgbench" ] || { log "no $PG_BIN/pgbench: this script expects Debian 12's PostgreSQL 15"; exit 1; }
bench_build
bench_workdir
MACHINE=$(machine_description)
LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
log "machine: $MACHINE"

log "starting Debian's PostgreSQL 15 (not the embedded one) for this run"
pg_start <<< "log_min_duration_statement = -1"
# shellcheck disable=SC2086 # word splitting of the JVM options is intended
svc_start $SVC_JAVA_OPTS
svc_editor_key
log "EDITOR key $KEY_NAME issued; it authenticates every request below"

# --- Seed ---------------------------------------------------------------------------------------------------------
log "seeding $SEED_CLAIMS claims, $((SEED_CLAIMS / 5)) reports, ~$((SEED_CLAIMS * 2)) links (SQL, bench/volume/seed.sql)"
psql_db -q -v claim_from=1 -v claim_to="$SEED_CLAIMS" -v report_from=1 -v report_to=$((SEED_CLAIMS / 5)) \
    -v report_pool=$((SEED_CLAIMS / 5)) -v story_to=$(((SEED_CLAIMS + 999) / 1000)) -f bench/volume/seed.sql
psql_db -q -v pool_claims="$POOL_CLAIMS" -v pool_reports="$POOL_REPORTS" -f bench/load/seed-pools.sql
log "seeding the 50-link claim through the API (50 linked reports, each 10 derivations from its origin)"
VCLAIM=$(python3 bench/load/seed_graph.py "$BASE_URL" "$KEY" 50 10)
psql_db -q -c "VACUUM ANALYZE"
D="$BENCH_WORK/data"
mkdir -p "$D" && chmod 755 "$D"
psql_db -Atc "SELECT md5('claim-' || n)::uuid FROM generate_series(1, $SEED_CLAIMS) n" > "$D/claims.txt"
psql_db -Atc "SELECT md5('wrk-pool-claim-' || n)::uuid FROM generate_series(1, $POOL_CLAIMS) n" > "$D/pool-claims.txt"
psql_db -Atc "SELECT md5('wrk-pool-report-' || n)::uuid FROM generate_series(1, $POOL_REPORTS) n" > "$D/pool-reports.txt"
# The report ids the breakdown loads (linked reports and their origins), for the pgbench ceiling of verification.
RIDS=$(psql_db -Atc "WITH RECURSIVE walk(report_id) AS (SELECT report_id FROM claim_links WHERE claim_id = '$VCLAIM'
    UNION SELECT d.derived_from_id FROM walk w JOIN report_derivations d ON d.report_id = w.report_id)
  SELECT '{' || string_agg(report_id::text, ',') || '}' FROM (
    SELECT report_id FROM claim_links WHERE claim_id = '$VCLAIM'
    UNION SELECT report_id FROM walk w WHERE NOT EXISTS (SELECT 1 FROM report_derivations d WHERE d.report_id = w.report_id)) x")
log "data: $(psql_db -Atc "SELECT (SELECT count(*) FROM claims) || ' claims, ' || (SELECT count(*) FROM reports) || ' reports, '
    || (SELECT count(*) FROM claim_links) || ' links, ' || (SELECT count(*) FROM claims WHERE search_vector @@
    websearch_to_tsquery('english', '$SEARCH_WORD')) || ' claims match q=$SEARCH_WORD'")"

# --- wrk ------------------------------------------------------------------------------------------------------------
export BENCH_KEY="$KEY" BENCH_CLAIM_IDS="$D/claims.txt" BENCH_POOL_CLAIMS="$D/pool-claims.txt"
export BENCH_POOL_REPORTS="$D/pool-reports.txt" BENCH_VCLAIM="$VCLAIM" BENCH_WORD="$SEARCH_WORD" BENCH_THREADS="$THREADS"
export BENCH_LINK_BASE=0 BENCH_LINK_SPAN="$LINK_SPAN" BENCH_LUA_DIR="$PWD/bench/load"
# post_link's wrk runs: every warm-up window (at most warmup_max_windows) and one measured run per connection count.
NRUNS=$(($(wc -w <<< "$CONNS") + $(warmup_max_windows)))
PAIRS_NEEDED=$((NRUNS * THREADS * LINK_SPAN)); PGB_PAIRS_NEEDED=0
for c in $CONNS; do PGB_PAIRS_NEEDED=$((PGB_PAIRS_NEEDED + c * PGB_LINK_SPAN + PGB_LINK_SPAN)); done
for need in $PAIRS_NEEDED $PGB_PAIRS_NEEDED; do
  if [ "$need" -gt $((POOL_CLAIMS * POOL_REPORTS)) ]; then
    log "the link pool ($POOL_CLAIMS x $POOL_REPORTS pairs) is smaller than the $need pairs the runs may use" \
        "(wrk: $NRUNS runs of $THREADS x $LINK_SPAN, of which up to $(warmup_max_windows) warm-up windows); raise POOL_REPORTS or lower WARMUP_MAX"
    exit 1
  fi
done
RES="$BENCH_WORK/results"
mkdir -p "$RES"

run_wrk() { # op conns seconds tag; sets WRK_LINE (not run in a subshell: it moves BENCH_LINK_BASE)
  BENCH_RUN="$4" wrk -t "$THREADS" -c "$2" -d "${3}s" --timeout 10s --latency -s "bench/load/$1.lua" "$BASE_URL" \
      > "$RES/wrk-$1-$2-$4.txt" 2>&1 || { cat "$RES/wrk-$1-$2-$4.txt"; exit 1; }
  local line
  line=$(grep '^RESULT' "$RES/wrk-$1-$2-$4.txt") || { cat "$RES/wrk-$1-$2-$4.txt"; exit 1; }
  if [ "$1" = post_link ]; then   # the next run starts past every range this run's threads owned
    BENCH_LINK_BASE=$((BENCH_LINK_BASE + THREADS * LINK_SPAN))
    export BENCH_LINK_BASE
  fi
  WRK_LINE=$line
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"; }

WARM_N=0
warm_window() { # op seconds: one warm-up window at 16 connections, for bench_warmup; each has its own run tag
  WARM_N=$((WARM_N + 1))
  run_wrk "$1" 16 "$2" "warm$WARM_N"
  WINDOW_RATE=$(field ok_rps "$WRK_LINE")
}

run_pgbench() { # op conns
  local op=$1 c=$2 out="$RES/pgbench-$1-$2.txt" tps tps_all failed aborted
  # -T DURATION+5 with 5 s progress reports: the first 5 s (64 fresh backends filling their catalog caches and
  # planning every statement) are dropped, so the ceiling is the steady state, like the warmed-up service.
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -n -M prepared -c "$c" -j "$THREADS" -T $((DURATION + 5)) -P 5 \
      -D keyhash="$KEY_HASH" -D keyid="$KEY_ID" -D actor="$KEY_NAME" -D claims="$SEED_CLAIMS" -D level=ANONYMOUS \
      -D word="$SEARCH_WORD" -D vclaim="$VCLAIM" -D rids="$RIDS" -D base="$PGB_BASE" -D span="$PGB_LINK_SPAN" -D k=0 \
      -D pool_claims="$POOL_CLAIMS" -D pool_reports="$POOL_REPORTS" \
      -f "bench/load/pgbench/$op.sql" "$DB_NAME" > "$out" 2>&1 || true
  tps=$(awk '/^progress: / { if (++i > 1) { sum += $4; n++ } } END { if (n) printf "%.1f", sum / n }' "$out")
  tps_all=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$out")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$out")
  aborted=$(grep -c 'aborted' "$out" || true)
  [ -n "$tps" ] || { log "pgbench $op c=$c failed:"; tail -5 "$out" >&2; tps=0; }
  PGB[$op,$c]="$tps ${failed:-0} $aborted"
  if [ "$op" = post_link ]; then PGB_BASE=$((PGB_BASE + (c + 1) * PGB_LINK_SPAN)); fi
  log "pgbench $op c=$c: steady tps=$tps (whole run incl. first 5 s: $tps_all) failed=${failed:-0} aborted_clients=$aborted"
}

# Reads first, on the seeded data only: the writes add ~20,000 newest claims (OFFICIAL, without the search word)
# that the list and search queries would have to skip, and wrk and pgbench must read the same data.
declare -A SVC PGB
PGB_BASE=0
log "warm-up: each read at 16 connections until two ${WARMUP_WINDOW} s windows agree within ${WARMUP_TOLERANCE} % (at most ${WARMUP_MAX} s; not measured)"
for op in $READS; do bench_warmup "$op" req/s warm_window "$op"; done
for c in $CONNS; do
  for op in $READS; do
    run_wrk "$op" "$c" "$DURATION" "m$c"
    SVC[$op,$c]=$WRK_LINE
    log "wrk $op c=$c: ${WRK_LINE#RESULT }"
  done
done
log "database ceiling of the reads with pgbench (service idle)"
for c in $CONNS; do for op in $READS; do run_pgbench "$op" "$c"; done; done

log "warm-up: each write at 16 connections until two ${WARMUP_WINDOW} s windows agree within ${WARMUP_TOLERANCE} % (at most ${WARMUP_MAX} s; not measured)"
for op in $WRITES; do bench_warmup "$op" req/s warm_window "$op"; done
for c in $CONNS; do
  for op in $WRITES; do
    run_wrk "$op" "$c" "$DURATION" "m$c"
    SVC[$op,$c]=$WRK_LINE
    log "wrk $op c=$c: ${WRK_LINE#RESULT }"
  done
done
RSS=$(svc_rss_mib)
LINKS_PER_POOL_CLAIM=$(psql_db -Atc "SELECT round(avg(n), 1) || ' (max ' || max(n) || ')' FROM (SELECT count(l.id) n
    FROM claims c LEFT JOIN claim_links l ON l.claim_id = c.id WHERE c.statement LIKE 'Pool claim wrk %' GROUP BY c.id) x")
LOAD_AFTER_WRK=$(uptime | sed 's/.*load average: //')
svc_stop
log "service stopped (RSS after the load was ${RSS} MiB); database ceiling of the writes with pgbench next"
for c in $CONNS; do for op in $WRITES; do run_pgbench "$op" "$c"; done; done

# --- Table -----------------------------------------------------------------------------------------------------------
label() {
  case $1 in
    get_claim) echo "GET /claims/{id}" ;;
    post_claim) echo "POST /claims" ;;
    list_anonymous) echo "GET /claims?sourcing_level=ANONYMOUS&limit=50" ;;
    search) echo "GET /claims?q=$SEARCH_WORD" ;;
    verification) echo "GET /claims/{id}/verification (50 links, 10 deep)" ;;
    post_link) echo "POST /claims/{id}/links" ;;
  esac
}
echo
echo "SourceLedger load test, $(date -u +%Y-%m-%dT%H:%MZ). wrk -t $THREADS, ${DURATION}s per run after a warm-up;"
echo "pgbench -M prepared -j $THREADS -T $((DURATION + 5)) -P 5, first 5 s dropped. PostgreSQL: Debian's package (not the embedded server), loopback."
echo "Machine: $MACHINE"
echo "JVM started in ${STARTED_IN} (service log); service RSS after the load: ${RSS} MiB"
echo "Load average before the run: $LOAD_BEFORE; after the last wrk run: $LOAD_AFTER_WRK (other processes share the machine)."
echo "Link pool claims ended with ${LINKS_PER_POOL_CLAIM} links each."
echo "Warm-up per operation (wrk at 16 connections, not measured): ${WARMUP_WINDOW} s windows until two consecutive ones"
echo "agree within ${WARMUP_TOLERANCE} % (later ÷ earlier), at most ${WARMUP_MAX} s; the rates are successful req/s:"
for op in $OPS; do echo "- $(label "$op"): ${WARMUP_NOTE[$op]}"; done
echo
printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' operation connections "service req/s" "p50 ms" "p99 ms" \
    "non-2xx" "ceiling tx/s" "service ÷ ceiling"
echo '|---|---:|---:|---:|---:|---:|---:|---:|'
for op in $OPS; do
  for c in $CONNS; do
    s=${SVC[$op,$c]}
    read -r tps failed aborted <<< "${PGB[$op,$c]}"
    ok=$(field ok_rps "$s")
    ratio=$(awk -v a="$ok" -v b="$tps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    note=""
    if [ "$failed" != 0 ] || [ "$aborted" != 0 ]; then note=" (pgbench: $failed failed, $aborted aborted)"; fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(label "$op")" "$c" "$ok" "$(field p50_ms "$s")" \
        "$(field p99_ms "$s")" "$(field non_2xx_3xx "$s")" "$tps$note" "$ratio"
  done
done
echo
echo "service req/s counts answers below 400 only (wrk ok_rps); non-2xx is the count wrk saw with status >= 400."
echo "Raw wrk and pgbench output: kept in $RES only while the run lasts; set KEEP_RESULTS=dir to copy it."
if [ -n "${KEEP_RESULTS:-}" ]; then mkdir -p "$KEEP_RESULTS" && cp -r "$RES"/. "$KEEP_RESULTS"/ && cp "$BENCH_WORK/service.log" "$KEEP_RESULTS"/; fi
