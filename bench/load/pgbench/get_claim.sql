-- GET /claims/{id}: the SQL the service sends (PostgreSQL log, log_statement=all), run by pgbench -M prepared.
-- Variables: claims (claims 1..claims of bench/volume/seed.sql exist).
-- The claim id is md5('claim-' || n)::uuid, as seed.sql makes it; the service receives the same ids from wrk.
\set n random(1, :claims)
-- No authentication SQL: the key is answered from ApiKeyCache after its first request (warm-up).
-- No BEGIN/COMMIT: the service runs this one-statement read without a transaction (autocommit).
-- ClaimService.get: one primary-key lookup.
select c1_0.id,c1_0.anonymity_reason,c1_0.ground_rules,c1_0.source_count,c1_0.source_description,c1_0.source_name,c1_0.source_organization,c1_0.circular,c1_0.confidential_identity,c1_0.conflicting_reports,c1_0.corroborating_reports,c1_0.created_at,c1_0.created_by,c1_0.independent_corroborations,c1_0.sourcing_level,c1_0.statement,c1_0.story_id,c1_0.updated_at,c1_0.verdict_explanation,c1_0.verdict_rating,c1_0.verdict_reviewed_at,c1_0.verdict_reviewed_by,c1_0.verification_status,c1_0.version from claims c1_0 where c1_0.id=md5('claim-' || :n)::uuid;
