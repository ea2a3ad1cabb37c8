#!/usr/bin/env bash
# Volume test (issue #7, item 3). One run: installs Debian's PostgreSQL 15 if missing, builds the jar if missing,
# starts PostgreSQL 15 (Debian package, postgres user, private temp data dir, port 56432) and the packaged service in
# the prod profile (port 19180; Flyway creates the schema), seeds 10,000 claims with SQL (bench/volume/seed.sql),
# measures the read paths through the API, grows the same database to 1,000,000 claims, 200,000 reports and ~2,000,000
# links, VACUUM ANALYZE, measures again, EXPLAINs every statement of those paths at 1M into bench/volume/explain-1m.txt
# (flagging Seq Scans on large tables), optionally tries index(es) by hand (FIX_SQL) and re-measures, prints a table.
#
#   bench/volume/run.sh                                   # 7-12 minutes
#   FIX_SQL=my-index.sql bench/volume/run.sh              # also create index(es) by hand at 1M and re-measure
#   CLAIMS=200000 bench/volume/run.sh                      # a quicker, smaller "large" stage
set -euo pipefail
cd "$(dirname "$0")/../.."

SMALL=${SMALL:-10000}
CLAIMS=${CLAIMS:-1000000}
N=${N:-200}
PASSES=${PASSES:-3}
FIX_SQL=${FIX_SQL:-}
EXPLAIN_OUT=${EXPLAIN_OUT:-bench/volume/explain-1m.txt}

. bench/load/lib.sh   # also sets the warm-up rule measure.py applies: WARMUP_WINDOW, WARMUP_TOLERANCE, WARMUP_MAX
bench_install postgresql curl openssl python3
bench_build
bench_workdir
MACHINE=$(machine_description)
log "machine: $MACHINE"
log "starting Debian's PostgreSQL 15 (not the embedded one) for this run"
pg_start <<< "log_min_duration_statement = -1"
svc_start
svc_editor_key
RES="$BENCH_WORK/results"
mkdir -p "$RES"
OUT="$RES/measure.jsonl"

seed() { # claim_from claim_to
  local from=$1 to=$2 t0
  t0=$(date +%s)
  psql_db -q -v claim_from="$from" -v claim_to="$to" -v report_from=$((from / 5 + 1)) -v report_to=$((to / 5)) \
      -v report_pool=$((to / 5)) -v story_to=$(((to + 999) / 1000)) -f bench/volume/seed.sql
  SEED_S=$(($(date +%s) - t0))
  t0=$(date +%s)
  psql_db -q -c "VACUUM ANALYZE"
  VACUUM_S=$(($(date +%s) - t0))
  log "seeded claims $from..$to in ${SEED_S}s, VACUUM ANALYZE ${VACUUM_S}s: $(psql_db -Atc "SELECT
      (SELECT count(*) FROM claims) || ' claims, ' || (SELECT count(*) FROM reports) || ' reports, ' ||
      (SELECT count(*) FROM claim_links) || ' links, ' || (SELECT count(*) FROM report_derivations) || ' derivations, ' ||
      (SELECT count(*) FROM stories) || ' stories; database ' || pg_size_pretty(pg_database_size(current_database()))")"
}

targets() { # label file: stories spread over the range, verification claims with 3-4 links (some through chains)
  local label=$1 file=$2 total
  total=$(psql_db -Atc "SELECT count(*) FROM claims")
  psql_db -Atc "SELECT json_build_object('label', '$label',
        'stories', (SELECT json_agg(md5('story-' || s)::uuid) FROM generate_series(1, $(((total + 999) / 1000)),
            GREATEST(1, $(((total + 999) / 1000)) / 10)) s),
        'verification_claims', (SELECT json_agg(id) FROM (
            SELECT c.id FROM claims c WHERE c.corroborating_reports + c.conflicting_reports >= 3
              AND c.created_by = 'seed' AND EXISTS (SELECT 1 FROM claim_links l JOIN report_derivations d
                  ON d.report_id = l.report_id WHERE l.claim_id = c.id)
            ORDER BY md5(c.id::text) LIMIT 20) x),
        'common_word', 'harbour', 'rare_word', 'zeppelin', 'old_word', 'lighthouse', 'none_word', 'xylophone',
        'page_depths', json_build_array(200, 1000))" > "$file"
}

# --- 10k ------------------------------------------------------------------------------------------------------------
seed 1 "$SMALL"
SEED_SMALL="${SEED_S}s + VACUUM ANALYZE ${VACUUM_S}s"
targets "10k" "$RES/targets-small.json"
log "measuring at $SMALL claims (each operation warmed up until stable, then $PASSES passes of $N sequential requests)"
python3 bench/volume/measure.py "$BASE_URL" "$KEY" "$RES/targets-small.json" "$OUT" "$N" "$PASSES" >&2

# --- 1M -------------------------------------------------------------------------------------------------------------
log "growing to $CLAIMS claims (this takes several minutes)"
seed $((SMALL + 1)) "$CLAIMS"
SEED_LARGE="${SEED_S}s + VACUUM ANALYZE ${VACUUM_S}s"
targets "1m" "$RES/targets-large.json"
log "measuring at $CLAIMS claims"
python3 bench/volume/measure.py "$BASE_URL" "$KEY" "$RES/targets-large.json" "$OUT" "$N" "$PASSES" >&2

# --- EXPLAIN at 1M --------------------------------------------------------------------------------------------------
explain_targets() { # file
  local claim story cursor
  claim=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["verification_claims"][0])' "$RES/targets-large.json")
  story=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stories"][5])' "$RES/targets-large.json")
  local total depth
  total=$(psql_db -Atc "SELECT count(*) FROM claims")
  depth=$((total / 50 < 1000 ? total / 50 : 1000))   # page 1000, or the last full page of a smaller database
  cursor=$(psql_db -Atc "SELECT created_at || '|' || id FROM claims ORDER BY created_at DESC, id DESC
      OFFSET $(((depth - 1) * 50 - 1)) LIMIT 1")
  psql_db -Atc "WITH RECURSIVE walk(report_id) AS (SELECT report_id FROM claim_links WHERE claim_id = '$claim'
        UNION SELECT d.derived_from_id FROM walk w JOIN report_derivations d ON d.report_id = w.report_id)
      SELECT json_build_object('claim', '$claim', 'story', '$story', 'common_word', 'harbour', 'rare_word', 'zeppelin',
        'old_word', 'lighthouse', 'none_word', 'xylophone', 'page_depth', $depth, 'cursor_ts', '${cursor%%|*}', 'cursor_id', '${cursor##*|}', 'keyhash', '$KEY_HASH',
        'report_ids', (SELECT json_agg(DISTINCT report_id) FROM (SELECT report_id FROM claim_links WHERE claim_id = '$claim'
            UNION SELECT report_id FROM walk w WHERE NOT EXISTS (SELECT 1 FROM report_derivations d
                WHERE d.report_id = w.report_id)) x))" > "$1"
}
explain_targets "$RES/explain-targets.json"
{
  echo "EXPLAIN (ANALYZE, BUFFERS) of every statement the measured read paths send, at $CLAIMS claims."
  echo "Generated by bench/volume/run.sh on $(date -u +%Y-%m-%dT%H:%MZ); $MACHINE"
  echo "Statement text as the service sends it (PostgreSQL log, log_statement=all); parameters: see bench/volume/explain.py."
  echo
  python3 bench/volume/explain.py "$RES/explain-targets.json" | psql_db -X -q 2>&1
} > "$RES/explain.txt"
psql_db -Atc "SELECT relname || ' ' || reltuples::bigint FROM pg_class WHERE relkind = 'r'
    AND relnamespace = 'public'::regnamespace" > "$RES/sizes.txt"
SEQ_SCANS=$(python3 bench/volume/explain.py --flag "$RES/explain.txt" "$RES/sizes.txt")
{ echo "Seq Scans found (tables with >= 10,000 rows are LARGE):"; echo "$SEQ_SCANS"; echo; cat "$RES/explain.txt"; } > "$EXPLAIN_OUT"
log "EXPLAIN output written to $EXPLAIN_OUT"
echo "$SEQ_SCANS" | sed 's/^/  /' >&2

# --- Optional: the proposed fix, created by hand in this benchmark database only ------------------------------------
if [ -n "$FIX_SQL" ]; then
  log "applying $FIX_SQL by hand (benchmark database only), then measuring again"
  t0=$(date +%s)
  psql_db -q -f "$FIX_SQL"
  psql_db -q -c "ANALYZE"
  FIX_S=$(($(date +%s) - t0))
  python3 -c 'import json, sys; t = json.load(open(sys.argv[1])); t["label"] = "1m+fix"; json.dump(t, open(sys.argv[2], "w"))' \
      "$RES/targets-large.json" "$RES/targets-fix.json"
  python3 bench/volume/measure.py "$BASE_URL" "$KEY" "$RES/targets-fix.json" "$OUT" "$N" "$PASSES" >&2
  {
    echo "EXPLAIN at $CLAIMS claims after applying $FIX_SQL by hand (${FIX_S}s to build):"
    python3 bench/volume/explain.py "$RES/explain-targets.json" | psql_db -X -q 2>&1
  } > "$RES/explain-fix.txt"
  cp "$RES/explain-fix.txt" "${EXPLAIN_OUT%.txt}-with-fix.txt"
  log "EXPLAIN with the fix written to ${EXPLAIN_OUT%.txt}-with-fix.txt"
fi
LOAD_AFTER=$(uptime | sed 's/.*load average: //')

# --- Table ----------------------------------------------------------------------------------------------------------
echo
echo "SourceLedger volume test, $(date -u +%Y-%m-%dT%H:%MZ). $PASSES passes of $N sequential requests per operation"
echo "(after a warm-up until stable, at each volume; see below), one keep-alive connection, through HTTP. PostgreSQL: Debian's package (not the embedded server), loopback."
echo "Machine: $MACHINE; load after the run: $LOAD_AFTER"
echo "Seeding: $SMALL claims in $SEED_SMALL; growth to $CLAIMS in $SEED_LARGE. JVM started in $STARTED_IN."
echo
python3 bench/volume/table.py "$OUT" "$SMALL" "$CLAIMS"
if [ -n "${KEEP_RESULTS:-}" ]; then mkdir -p "$KEEP_RESULTS" && cp -r "$RES"/. "$KEEP_RESULTS"/ && cp "$BENCH_WORK/service.log" "$KEEP_RESULTS"/; fi
