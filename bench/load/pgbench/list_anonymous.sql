-- GET /claims?sourcing_level=ANONYMOUS&limit=50: ClaimRepository.pageSql (limit + 1 rows, to learn whether a next page exists).
-- Variables: level (ANONYMOUS).
-- No authentication SQL: the key is answered from ApiKeyCache after its first request (warm-up).
-- No BEGIN/COMMIT: the service runs this one-statement read without a transaction (autocommit).
SELECT c.* FROM claims c WHERE TRUE AND c.sourcing_level = :level ORDER BY c.created_at DESC, c.id DESC LIMIT 51;
