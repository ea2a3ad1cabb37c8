package org.sourceledger.claim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.verdict.VerdictClaims;
import org.sourceledger.verification.VerificationStatus;
import org.sourceledger.verification.VerifiedClaims;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID>, VerifiedClaims, VerdictClaims {

    /**
     * Full-text search first tests the match on only this many of the newest rows that pass the other filters and
     * the cursor. A plain {@code @@ ... ORDER BY created_at DESC LIMIT n} lets the planner walk the keyset index
     * and test every row, which reads most of the table for a word that is rare among recent claims.
     */
    static final int SEARCH_RECENT_WINDOW = 2000;

    private static final String MATCH = "websearch_to_tsquery('english', :q)";

    /**
     * One page of claims, newest first. Each filter has an index led by its column and followed by the keyset
     * (claims_story_keyset_idx, claims_level_keyset_idx, claims_status_keyset_idx). Native SQL because HQL has no
     * full-text match operator.
     */
    public List<Claim> page(ClaimFilter filter, PageRequest page) {
        String sql =
                filter.q() == null ? pageSql(filter, page.after() != null) : searchSql(filter, page.after() != null);
        return list(sql, filter, page);
    }

    @SuppressWarnings("unchecked")
    private List<Claim> list(String sql, ClaimFilter filter, PageRequest page) {
        Query query = getEntityManager().createNativeQuery(sql, Claim.class);
        if (filter.storyId() != null) {
            query.setParameter("storyId", filter.storyId());
        }
        if (filter.sourcingLevel() != null) {
            query.setParameter("sourcingLevel", filter.sourcingLevel().name());
        }
        if (filter.verificationStatus() != null) {
            query.setParameter("verificationStatus", filter.verificationStatus().name());
        }
        if (filter.q() != null) {
            query.setParameter("q", filter.q());
        }
        if (page.after() != null) {
            query.setParameter("afterCreatedAt", page.after().createdAt());
            query.setParameter("afterId", page.after().id());
        }
        query.setParameter("limit", page.fetchSize());
        return query.getResultList();
    }

    /** The list query without q; package-visible so a test can check its plan uses the indexes. */
    static String pageSql(ClaimFilter filter, boolean hasCursor) {
        return "SELECT c.* FROM claims c WHERE TRUE" + conditions(filter, hasCursor)
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit";
    }

    /**
     * The list query with q, in one statement so that both steps see one snapshot. Step 1 ({@code recent_hits})
     * tests the word on the newest SEARCH_RECENT_WINDOW rows only, whatever the statistics say, and stops at the
     * page's last match. Only when that finds too few, step 2 ({@code older}, gated by a one-time filter) finds the
     * matches older than the window's oldest row: without an ORDER BY/LIMIT inside it, the planner prices finding
     * them all (the GIN index) instead of betting on an early stop, and OFFSET 0 keeps the floor comparison out of
     * that scan (else it ANDs in a bitmap of the keyset index over nearly the whole table). Every older match is
     * older than every row of the window, so the two simply concatenate.
     */
    static String searchSql(ClaimFilter filter, boolean hasCursor) {
        String window =
                " FROM claims c WHERE TRUE" + conditions(filter, hasCursor) + " ORDER BY c.created_at DESC, c.id DESC";
        return "WITH recent_hits AS MATERIALIZED (SELECT w.created_at, w.id FROM"
                + " (SELECT c.created_at, c.id, c.search_vector" + window + " LIMIT " + SEARCH_RECENT_WINDOW + ") w"
                + " WHERE w.search_vector @@ " + MATCH + " ORDER BY w.created_at DESC, w.id DESC LIMIT :limit),"
                + " window_floor AS (SELECT c.created_at, c.id" + window
                + " OFFSET " + (SEARCH_RECENT_WINDOW - 1) + " LIMIT 1),"
                + " older AS MATERIALIZED (SELECT m.created_at, m.id FROM (SELECT c.created_at, c.id FROM claims c"
                + " WHERE TRUE" + conditions(filter, false) + " AND c.search_vector @@ " + MATCH + " OFFSET 0) m,"
                + " window_floor f WHERE (SELECT count(*) FROM recent_hits) < :limit"
                + " AND (m.created_at, m.id) < (f.created_at, f.id)),"
                + " found AS (SELECT h.created_at, h.id FROM recent_hits h UNION ALL"
                + " (SELECT o.created_at, o.id FROM older o ORDER BY o.created_at DESC, o.id DESC LIMIT :limit))"
                + " SELECT c.* FROM claims c JOIN (SELECT f.id FROM found f"
                + " ORDER BY f.created_at DESC, f.id DESC LIMIT :limit) page ON page.id = c.id"
                + " ORDER BY c.created_at DESC, c.id DESC";
    }

    private static String conditions(ClaimFilter filter, boolean hasCursor) {
        StringBuilder sql = new StringBuilder();
        if (filter.storyId() != null) {
            sql.append(" AND c.story_id = :storyId");
        }
        if (filter.sourcingLevel() != null) {
            sql.append(" AND c.sourcing_level = :sourcingLevel");
        }
        if (filter.verificationStatus() != null) {
            sql.append(" AND c.verification_status = :verificationStatus");
        }
        if (hasCursor) {
            sql.append(" AND (c.created_at, c.id) < (:afterCreatedAt, :afterId)");
        }
        return sql.toString();
    }

    public record LevelStatusCount(SourcingLevel level, VerificationStatus status, int claims) {}

    /** The columns the story summary's per-claim checks read. */
    public record SummaryRow(
            UUID id,
            SourcingLevel level,
            String sourceDescription,
            Integer sourceCount,
            GroundRules groundRules,
            int independentCorroborations) {}

    public List<LevelStatusCount> countsByLevelAndStatus(UUID storyId) {
        return getEntityManager()
                .createQuery("""
                        select new org.sourceledger.claim.ClaimRepository$LevelStatusCount(
                            c.sourcingLevel, c.verification.status, cast(count(c) as int))
                        from Claim c where c.storyId = :storyId
                        group by c.sourcingLevel, c.verification.status""", LevelStatusCount.class)
                .setParameter("storyId", storyId)
                .getResultList();
    }

    /** Anonymous claims, and claims naming a single source (candidates for the plural-sources check). */
    public List<SummaryRow> summaryCandidates(UUID storyId) {
        return getEntityManager()
                .createQuery("""
                        select new org.sourceledger.claim.ClaimRepository$SummaryRow(c.id, c.sourcingLevel,
                            c.attribution.sourceDescription, c.attribution.sourceCount, c.attribution.groundRules,
                            c.verification.independentCorroborations)
                        from Claim c
                        where c.storyId = :storyId
                          and (c.sourcingLevel = :anonymous or c.attribution.sourceCount = 1)
                        order by c.createdAt, c.id""", SummaryRow.class)
                .setParameter("storyId", storyId)
                .setParameter("anonymous", SourcingLevel.ANONYMOUS)
                .getResultList();
    }

    public boolean existsForStory(UUID storyId) {
        return find("storyId", storyId).firstResultOptional().isPresent();
    }

    /** Locks the given claims in id order (the order every multi-claim writer uses, so none deadlock). */
    @Override
    public List<Claim> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The claim, or 404. */
    @Override
    public Claim require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("claim", id));
    }

    /**
     * The claim with its row locked (SELECT … FOR UPDATE), or 404. Serialises writers of one claim, so derived
     * figures are computed from a settled set of links (docs/architecture.md, Provenance locking).
     */
    @Override
    public Claim requireForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("claim", id));
    }
}
