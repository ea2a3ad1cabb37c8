-- POST /claims (OFFICIAL, no story): ClaimService.create, then Hibernate Envers at commit (revision + claims_aud).
-- Variables: keyhash, keyid (the key's id, recorded on the revision), actor (the key's name).
-- Difference: the service binds the claim id it generated; here PostgreSQL generates it (gen_random_uuid) and
-- returns it, which costs the same single round trip.
\set r random(1, 2000000000)
-- Authentication: ApiKeyAuthenticator.authenticate (its own @Transactional), served by api_keys_hash_unique.
BEGIN;
select ak1_0.id,ak1_0.created_at,ak1_0.created_by,ak1_0.expires_at,ak1_0.key_hash,ak1_0.key_prefix,ak1_0.name,ak1_0.revoked_at,ak1_0.revoked_by,ak1_0.role,ak1_0.version from api_keys ak1_0 where ak1_0.key_hash=decode(:keyhash, 'hex') fetch first 1 rows only;
COMMIT;
BEGIN;
insert into claims (anonymity_reason,ground_rules,source_count,source_description,source_name,source_organization,circular,confidential_identity,conflicting_reports,corroborating_reports,created_at,created_by,independent_corroborations,sourcing_level,statement,story_id,updated_at,verdict_explanation,verdict_rating,verdict_reviewed_at,verdict_reviewed_by,verification_status,version,id) values (NULL,NULL,NULL,NULL,NULL,'Port authority',false,NULL,0,0,now(),:actor,0,'OFFICIAL','Load test claim pgbench-' || :client_id || '-' || :r || ': the port operator plans to extend night bus routes from March.',NULL,now(),NULL,NULL,NULL,NULL,'UNVERIFIED',0,gen_random_uuid()) returning id as claim_id \gset
insert into revisions (actor,api_key_id,changed_at) values (:actor,:keyid,now()) RETURNING * \gset rev_
insert into claims_aud (anonymity_reason,ground_rules,source_count,source_description,source_name,source_organization,circular,conflicting_reports,corroborating_reports,created_at,created_by,independent_corroborations,revtype,sourcing_level,statement,story_id,updated_at,verdict_explanation,verdict_rating,verdict_reviewed_at,verdict_reviewed_by,verification_status,id,rev) values (NULL,NULL,NULL,NULL,NULL,'Port authority',false,0,0,now(),:actor,0,0,'OFFICIAL','Load test claim pgbench-' || :client_id || '-' || :r || ': the port operator plans to extend night bus routes from March.',NULL,now(),NULL,NULL,NULL,NULL,'UNVERIFIED',:claim_id,:rev_id);
COMMIT;
