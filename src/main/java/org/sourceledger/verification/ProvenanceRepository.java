package org.sourceledger.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The provenance graph as stored (claim_links, report_derivations, reports), read with native SQL so that
 * verification needs no other feature's entities, and its lock. The walks are recursive CTEs over
 * report_derivations; UNION (not UNION ALL) drops repeated rows, so diamonds stay small and the walk ends even if
 * the graph were somehow cyclic. Only this package may use it: the lock protocol lives in VerificationService.
 */
@ApplicationScoped
class ProvenanceRepository {

    /** Any fixed number will do: it only has to be the same for every reader and writer of the graph. */
    private static final long PROVENANCE_LOCK_KEY = 0x50524f56L;

    private final EntityManager em;

    ProvenanceRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Changes to the graph (derived_from, outlets) take this exclusively; link writers take it shared. So a claim's
     * figures are never computed from a graph another transaction is halfway through changing, and a link
     * added during a graph change is never missed by the recomputation that follows it.
     */
    void lockGraphExclusive() {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)")
                .setParameter("key", PROVENANCE_LOCK_KEY)
                .getResultList();
    }

    void lockGraphShared() {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock_shared(:key)")
                .setParameter("key", PROVENANCE_LOCK_KEY)
                .getResultList();
    }

    /** The origins of every report linked to the given claims (both relations). */
    List<LinkOrigin> origins(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        WITH RECURSIVE walk(claim_id, relation, start_id, report_id) AS (
                            SELECT l.claim_id, l.relation, l.report_id, l.report_id
                            FROM claim_links l
                            WHERE l.claim_id IN (:claimIds)
                          UNION
                            SELECT w.claim_id, w.relation, w.start_id, d.derived_from_id
                            FROM walk w JOIN report_derivations d ON d.report_id = w.report_id
                        )
                        SELECT w.claim_id, w.relation, w.start_id, w.report_id, r.outlet
                        FROM walk w JOIN reports r ON r.id = w.report_id
                        WHERE NOT EXISTS (SELECT 1 FROM report_derivations d WHERE d.report_id = w.report_id)""").setParameter("claimIds", claimIds).getResultList();
        List<LinkOrigin> origins = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            origins.add(new LinkOrigin(
                    (UUID) row[0], LinkRelation.valueOf((String) row[1]), (UUID) row[2], (UUID) row[3], (String)
                            row[4]));
        }
        return origins;
    }

    /** Claims linked to the report or to any report that derives from it, directly or through others. */
    @SuppressWarnings("unchecked")
    List<UUID> claimsDependingOn(UUID reportId) {
        return em.createNativeQuery("""
                        WITH RECURSIVE dependants(id) AS (
                            SELECT CAST(:reportId AS uuid)
                          UNION
                            SELECT d.report_id FROM report_derivations d JOIN dependants p ON d.derived_from_id = p.id
                        )
                        SELECT DISTINCT l.claim_id FROM claim_links l JOIN dependants p ON l.report_id = p.id
                        ORDER BY l.claim_id""").setParameter("reportId", reportId).getResultList();
    }

    /** Links per claim and relation, for the given claims. */
    Map<UUID, Map<LinkRelation, Integer>> linkCounts(Collection<UUID> claimIds) {
        Map<UUID, Map<LinkRelation, Integer>> counts = new HashMap<>();
        if (claimIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        SELECT l.claim_id, l.relation, count(*) FROM claim_links l
                        WHERE l.claim_id IN (:claimIds) GROUP BY l.claim_id, l.relation""").setParameter("claimIds", claimIds).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], id -> new HashMap<>())
                    .put(LinkRelation.valueOf((String) row[1]), ((Number) row[2]).intValue());
        }
        return counts;
    }

    /** What the breakdown shows of each of the given reports, by id. */
    Map<UUID, VerificationBreakdown.ReportRef> reportRefs(Collection<UUID> reportIds) {
        Map<UUID, VerificationBreakdown.ReportRef> byId = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byId;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        SELECT r.id, r.url, r.title, r.outlet, r.kind FROM reports r WHERE r.id IN (:ids)""").setParameter("ids", reportIds).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            byId.put(
                    id,
                    new VerificationBreakdown.ReportRef(
                            id, (String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return byId;
    }

    /**
     * Whether {@code target} can be reached from any of {@code starts} by following derived_from edges.
     * UNION (not UNION ALL) makes the walk terminate even on a graph that is somehow cyclic.
     */
    boolean reachable(Collection<UUID> starts, UUID target) {
        if (starts.isEmpty()) {
            return false;
        }
        List<?> hit = em.createNativeQuery("""
                        WITH RECURSIVE ancestors(id) AS (
                            SELECT r.id FROM reports r WHERE r.id IN (:starts)
                            UNION
                            SELECT d.derived_from_id FROM report_derivations d JOIN ancestors a ON d.report_id = a.id
                        )
                        SELECT 1 FROM ancestors WHERE id = :target LIMIT 1""")
                .setParameter("starts", starts)
                .setParameter("target", target)
                .getResultList();
        return !hit.isEmpty();
    }
}
