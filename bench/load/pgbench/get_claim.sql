-- GET /claims/{id}: the SQL the service sends (PostgreSQL log, log_statement=all), run by pgbench -M prepared.
-- Variables: keyhash (hex SHA-256 of the API key), claims (claims 1..claims of bench/volume/seed.sql exist).
-- The claim id is md5('claim-' || n)::uuid, as seed.sql makes it; the service receives the same ids from wrk.
\set n random(1, :claims)
-- Authentication: ApiKeyAuthenticator.authenticate (its own @Transactional), served by api_keys_hash_unique.
BEGIN;
select ak1_0.id,ak1_0.created_at,ak1_0.created_by,ak1_0.expires_at,ak1_0.key_hash,ak1_0.key_prefix,ak1_0.name,ak1_0.revoked_at,ak1_0.revoked_by,ak1_0.role,ak1_0.version from api_keys ak1_0 where ak1_0.key_hash=decode(:keyhash, 'hex') fetch first 1 rows only;
COMMIT;
-- ClaimService.get: one primary-key lookup.
BEGIN;
select c1_0.id,c1_0.anonymity_reason,c1_0.ground_rules,c1_0.source_count,c1_0.source_description,c1_0.source_name,c1_0.source_organization,c1_0.circular,c1_0.confidential_identity,c1_0.conflicting_reports,c1_0.corroborating_reports,c1_0.created_at,c1_0.created_by,c1_0.independent_corroborations,c1_0.sourcing_level,c1_0.statement,c1_0.story_id,c1_0.updated_at,c1_0.verdict_explanation,c1_0.verdict_rating,c1_0.verdict_reviewed_at,c1_0.verdict_reviewed_by,c1_0.verification_status,c1_0.version from claims c1_0 where c1_0.id=md5('claim-' || :n)::uuid;
COMMIT;
