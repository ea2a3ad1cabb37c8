-- POST /claims (OFFICIAL, no story): ClaimService.create, then Hibernate Envers at commit (revision + claims_aud).
-- Variables: keyid (the key's id, recorded on the revision), actor (the key's name).
-- Difference: the service binds the claim id it generated; here PostgreSQL generates it (gen_random_uuid) and
-- returns it, which costs the same single round trip.
\set r random(1, 2000000000)
-- No authentication SQL: the key is answered from ApiKeyCache after its first request (warm-up).
BEGIN;
insert into claims (anonymity_reason,ground_rules,source_count,source_description,source_name,source_organization,circular,confidential_identity,conflicting_reports,corroborating_reports,created_at,created_by,independent_corroborations,sourcing_level,statement,story_id,updated_at,verdict_explanation,verdict_rating,verdict_reviewed_at,verdict_reviewed_by,verification_status,version,id) values (NULL,NULL,NULL,NULL,NULL,'Port authority',false,NULL,0,0,now(),:actor,0,'OFFICIAL','Load test claim pgbench-' || :client_id || '-' || :r || ': the port operator plans to extend night bus routes from March.',NULL,now(),NULL,NULL,NULL,NULL,'UNVERIFIED',0,gen_random_uuid()) returning id as claim_id \gset
insert into revisions (actor,api_key_id,changed_at) values (:actor,:keyid,now()) RETURNING * \gset rev_
insert into claims_aud (anonymity_reason,ground_rules,source_count,source_description,source_name,source_organization,circular,conflicting_reports,corroborating_reports,created_at,created_by,independent_corroborations,revtype,sourcing_level,statement,story_id,updated_at,verdict_explanation,verdict_rating,verdict_reviewed_at,verdict_reviewed_by,verification_status,id,rev) values (NULL,NULL,NULL,NULL,NULL,'Port authority',false,0,0,now(),:actor,0,0,'OFFICIAL','Load test claim pgbench-' || :client_id || '-' || :r || ': the port operator plans to extend night bus routes from March.',NULL,now(),NULL,NULL,NULL,NULL,'UNVERIFIED',:claim_id,:rev_id);
COMMIT;
