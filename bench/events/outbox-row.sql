-- The PostgreSQL cost of one event_outbox row (bench/RESULTS.md, "Change feed and webhooks" (a)): 20,000 inserts of
-- a real claim.created CloudEvent (jsonb, primary key, the three indexes, tx_id and seq defaults), rolled back.
-- Run against a database migrated by the service, e.g. during bench/events/run.sh with REL_KEEP=1:
--   psql -X -q -At -f bench/events/outbox-row.sql | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"] / 20000, "ms per row")'
BEGIN;
EXPLAIN (ANALYZE, FORMAT JSON) INSERT INTO event_outbox (id, aggregatetype, aggregateid, type, payload)
SELECT gen_random_uuid(), 'claim', gen_random_uuid()::text, 'claim.created', CAST('{"specversion":"1.0","id":"3f0e6f0a-9a0b-4c2e-a7a1-6b1f0c2d9e11","source":"https://sourceledger.example/api","type":"claim.created","subject":"5b3c1c1e-0d5e-4f6a-9b7c-2c8d1e0f3a44","time":"2026-11-30T18:00:00.123456Z","datacontenttype":"application/json","data":{"id":"5b3c1c1e-0d5e-4f6a-9b7c-2c8d1e0f3a44","version":"\"1\"","url":"https://sourceledger.example/api/claims/5b3c1c1e-0d5e-4f6a-9b7c-2c8d1e0f3a44","changes":{"statement":{"new":"Load test claim abc-1-1: the port operator plans to extend night bus routes from March."},"sourcing_level":{"new":"OFFICIAL"},"attribution":{"new":{"source_organization":"Port authority"}}}}}' AS jsonb)
FROM generate_series(1, 20000);
ROLLBACK;
