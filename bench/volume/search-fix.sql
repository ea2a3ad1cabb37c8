-- Full-text search: the service's query against the proposed two-step query, timed inside PostgreSQL (no HTTP),
-- 5 executions each, median reported. Run by bench/volume/run.sh at the large volume; output in
-- bench/volume/search-fix-1m.txt. Nothing is changed: both variants only read.
--
-- Today (ClaimRepository.pageSql with q):
--   SELECT c.* FROM claims c WHERE TRUE AND c.search_vector @@ websearch_to_tsquery('english', :q)
--   ORDER BY c.created_at DESC, c.id DESC LIMIT :limit
-- When the planner expects enough matches (its estimate for the word >= ~0.5 %, or the default for a word its
-- statistics do not list), it walks claims_keyset_idx newest first and filters every row with @@, betting that 51
-- matches come soon. For a word that is rare among recent claims (a past event, a misspelling, no match at all)
-- the walk reads most of the table.
--
-- Proposed (code change in ClaimRepository.page when q is set; the other filters and the cursor go into both steps):
--   step 1: the newest W = 2000 rows of the same filters/cursor, checked with @@ (bounded walk, whatever the stats):
--     SELECT w.* FROM (SELECT c.* FROM claims c WHERE TRUE <filters> <cursor>
--                      ORDER BY c.created_at DESC, c.id DESC LIMIT 2000) w
--     WHERE w.search_vector @@ websearch_to_tsquery('english', :q) ORDER BY w.created_at DESC, w.id DESC LIMIT :limit
--   only if step 1 returned fewer than :limit rows and the window was full: the 2000th row's key (index-only scan),
--     SELECT c.created_at, c.id FROM claims c WHERE TRUE <filters> <cursor> ORDER BY c.created_at DESC, c.id DESC OFFSET 1999 LIMIT 1
--   step 2: the older matches through the GIN index (the MATERIALIZED CTE keeps the planner from walking again;
--   it holds only keys, so it stays in work_mem), then the page's rows by primary key:
--     WITH m AS MATERIALIZED (SELECT c.created_at, c.id FROM claims c WHERE TRUE <filters> AND c.search_vector @@
--         websearch_to_tsquery('english', :q) AND (c.created_at, c.id) < (:floorCreatedAt, :floorId))
--     SELECT c.* FROM claims c JOIN (SELECT id FROM m ORDER BY created_at DESC, id DESC
--         LIMIT :limit - <rows of step 1>) t ON t.id = c.id ORDER BY c.created_at DESC, c.id DESC
-- Same rows, same order, same next_cursor semantics; the cost is bounded by W plus the number of older matches.
\set ON_ERROR_STOP on
\pset pager off
CREATE TEMP TABLE search_fix (word text, matches bigint, today_ms numeric, proposed_ms numeric, step2 boolean,
                              same_rows boolean);
DO $$
DECLARE
    words text[] := ARRAY['harbour', 'zeppelin', 'lighthouse', 'xylophone'];
    w text;
    t0 timestamptz;
    today float8[];
    proposed float8[];
    n1 int;
    used_step2 boolean;
    floor_ts timestamptz;
    floor_id uuid;
    ids_today uuid[];
    ids_proposed uuid[];
    ids2 uuid[];
    total bigint;
    q_today constant text := 'SELECT array_agg(id ORDER BY created_at DESC, id DESC) FROM (SELECT c.* FROM claims c '
        || 'WHERE TRUE AND c.search_vector @@ websearch_to_tsquery(''english'', $1) '
        || 'ORDER BY c.created_at DESC, c.id DESC LIMIT 51) x';
    q_step1 constant text := 'SELECT array_agg(id ORDER BY created_at DESC, id DESC) FROM (SELECT w.* FROM (SELECT c.* '
        || 'FROM claims c WHERE TRUE ORDER BY c.created_at DESC, c.id DESC LIMIT 2000) w WHERE w.search_vector @@ '
        || 'websearch_to_tsquery(''english'', $1) ORDER BY w.created_at DESC, w.id DESC LIMIT 51) x';
    q_floor constant text := 'SELECT c.created_at, c.id FROM claims c WHERE TRUE '
        || 'ORDER BY c.created_at DESC, c.id DESC OFFSET 1999 LIMIT 1';
    q_step2 constant text := 'SELECT array_agg(id ORDER BY created_at DESC, id DESC) FROM (WITH m AS MATERIALIZED ('
        || 'SELECT c.created_at, c.id FROM claims c WHERE TRUE AND c.search_vector @@ websearch_to_tsquery(''english'', $1) '
        || 'AND (c.created_at, c.id) < ($2, $3)) SELECT c.* FROM claims c JOIN (SELECT id FROM m '
        || 'ORDER BY created_at DESC, id DESC LIMIT $4) t ON t.id = c.id ORDER BY c.created_at DESC, c.id DESC) x';
BEGIN
    FOREACH w IN ARRAY words LOOP
        EXECUTE 'SELECT count(*) FROM claims WHERE search_vector @@ websearch_to_tsquery(''english'', $1)' INTO total USING w;
        today := '{}';
        proposed := '{}';
        FOR i IN 1..6 LOOP    -- the first round only warms the caches
            t0 := clock_timestamp();
            EXECUTE q_today INTO ids_today USING w;
            IF i > 1 THEN today := today || extract(epoch FROM clock_timestamp() - t0) * 1000; END IF;

            t0 := clock_timestamp();
            EXECUTE q_step1 INTO ids_proposed USING w;
            n1 := coalesce(array_length(ids_proposed, 1), 0);
            used_step2 := false;
            IF n1 < 51 THEN
                EXECUTE q_floor INTO floor_ts, floor_id;
                IF floor_id IS NOT NULL THEN
                    used_step2 := true;
                    EXECUTE q_step2 INTO ids2 USING w, floor_ts, floor_id, 51 - n1;
                    ids_proposed := coalesce(ids_proposed, '{}') || coalesce(ids2, '{}');
                END IF;
            END IF;
            IF i > 1 THEN proposed := proposed || extract(epoch FROM clock_timestamp() - t0) * 1000; END IF;
        END LOOP;
        INSERT INTO search_fix VALUES (w, total,
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FROM unnest(today) v)::numeric(10, 2),
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FROM unnest(proposed) v)::numeric(10, 2),
            used_step2, coalesce(ids_today, '{}') = coalesce(ids_proposed, '{}'));
    END LOOP;
END $$;
SELECT word AS "q", matches, today_ms AS "today: median ms", proposed_ms AS "proposed: median ms",
       step2 AS "step 2 needed", same_rows AS "same 51 rows" FROM search_fix;
