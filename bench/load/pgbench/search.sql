-- GET /claims?q=<word>: ClaimRepository.pageSql with q (default limit 50, so 51 rows).
-- Variables: keyhash, word.
-- Authentication: ApiKeyAuthenticator.authenticate (its own @Transactional), served by api_keys_hash_unique.
BEGIN;
select ak1_0.id,ak1_0.created_at,ak1_0.created_by,ak1_0.expires_at,ak1_0.key_hash,ak1_0.key_prefix,ak1_0.name,ak1_0.revoked_at,ak1_0.revoked_by,ak1_0.role,ak1_0.version from api_keys ak1_0 where ak1_0.key_hash=decode(:keyhash, 'hex') fetch first 1 rows only;
COMMIT;
BEGIN;
SELECT c.* FROM claims c WHERE TRUE AND c.search_vector @@ websearch_to_tsquery('english', :word) ORDER BY c.created_at DESC, c.id DESC LIMIT 51;
COMMIT;
