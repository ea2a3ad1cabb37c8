-- GET /claims?q=<word>: ClaimRepository.searchRecentSql (default limit 50, so 51 rows). The word is in ~6.7 % of
-- claims, spread evenly, so the newest 2,000 hold enough matches and the service never sends step 2.
-- Variables: word.
-- No authentication SQL: the key is answered from ApiKeyCache after its first request (warm-up).
BEGIN;
SELECT w.* FROM (SELECT c.* FROM claims c WHERE TRUE ORDER BY c.created_at DESC, c.id DESC LIMIT 2000) w WHERE w.search_vector @@ websearch_to_tsquery('english', :word) ORDER BY w.created_at DESC, w.id DESC LIMIT 51;
COMMIT;
