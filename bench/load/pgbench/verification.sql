-- GET /claims/{id}/verification: VerificationService.breakdown on the 50-link claim: the claim (VerifiedClaims),
-- the shared provenance lock, the origins walk, and report details (ProvenanceRepository.reportRefs).
-- Variables: vclaim (the claim id), rids (array literal of the linked and origin report ids: the service
-- sends them as an IN list of ~100 bind parameters, pgbench as one array; both are primary-key probes).
-- No authentication SQL: the key is answered from ApiKeyCache after its first request (warm-up).
BEGIN;
select c1_0.id,c1_0.anonymity_reason,c1_0.ground_rules,c1_0.source_count,c1_0.source_description,c1_0.source_name,c1_0.source_organization,c1_0.circular,c1_0.confidential_identity,c1_0.conflicting_reports,c1_0.corroborating_reports,c1_0.created_at,c1_0.created_by,c1_0.independent_corroborations,c1_0.sourcing_level,c1_0.statement,c1_0.story_id,c1_0.updated_at,c1_0.verdict_explanation,c1_0.verdict_rating,c1_0.verdict_reviewed_at,c1_0.verdict_reviewed_by,c1_0.verification_status,c1_0.version from claims c1_0 where c1_0.id=:vclaim;
SELECT 1 FROM pg_advisory_xact_lock_shared(1347571542);
WITH RECURSIVE walk(claim_id, relation, start_id, report_id) AS (SELECT l.claim_id, l.relation, l.report_id, l.report_id FROM claim_links l WHERE l.claim_id IN (:vclaim) UNION SELECT w.claim_id, w.relation, w.start_id, d.derived_from_id FROM walk w JOIN report_derivations d ON d.report_id = w.report_id) SELECT w.claim_id, w.relation, w.start_id, w.report_id, r.outlet FROM walk w JOIN reports r ON r.id = w.report_id WHERE NOT EXISTS (SELECT 1 FROM report_derivations d WHERE d.report_id = w.report_id);
SELECT r.id, r.url, r.title, r.outlet, r.kind FROM reports r WHERE r.id = ANY(CAST(:rids AS uuid[]));
COMMIT;
