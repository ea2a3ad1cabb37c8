package org.sourceledger.claim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.verification.VerificationStatus;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /**
     * Full-text search first tests the match on only this many of the newest rows that pass the other filters and
     * the cursor. A plain {@code @@ ... ORDER BY created_at DESC LIMIT n} lets the planner walk the keyset index
     * and test every row, which reads most of the table for a word that is rare among recent claims.
     */
    static final int SEARCH_RECENT_WINDOW = 2000;

    /**
     * One page of claims, newest first. Each filter has an index led by its column and followed by the keyset
     * (claims_story_keyset_idx, claims_level_keyset_idx, claims_status_keyset_idx). Native SQL because HQL has no
     * full-text match operator.
     */
    public List<Claim> page(ClaimFilter filter, PageRequest page) {
        if (filter.q() == null) {
            return list(pageSql(filter, page.after() != null), filter, page, page.fetchSize());
        }
        // Matches among the newest rows come first; only when there are too few, the older ones through the GIN
        // index. Every older match is older than every row of the window, so the two parts simply concatenate.
        List<Claim> recent = list(searchRecentSql(filter, page.after() != null), filter, page, page.fetchSize());
        if (recent.size() == page.fetchSize()) {
            return recent;
        }
        List<Claim> older = list(searchOlderSql(filter, page.after() != null), filter, page,
                page.fetchSize() - recent.size());
        if (older.isEmpty()) {
            return recent;
        }
        List<Claim> all = new ArrayList<>(recent);
        all.addAll(older);
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<Claim> list(String sql, ClaimFilter filter, PageRequest page, int limit) {
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
        query.setParameter("limit", limit);
        return query.getResultList();
    }

    /** The list query without q; package-visible so a test can check its plan uses the indexes. */
    static String pageSql(ClaimFilter filter, boolean hasCursor) {
        return "SELECT c.* FROM claims c WHERE TRUE" + conditions(filter, hasCursor)
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit";
    }

    /** Search, step 1: the match is tested on the newest SEARCH_RECENT_WINDOW rows only, whatever the statistics. */
    static String searchRecentSql(ClaimFilter filter, boolean hasCursor) {
        return "SELECT w.* FROM (SELECT c.* FROM claims c WHERE TRUE" + conditions(filter, hasCursor)
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + SEARCH_RECENT_WINDOW + ") w"
                + " WHERE w.search_vector @@ " + MATCH + " ORDER BY w.created_at DESC, w.id DESC LIMIT :limit";
    }

    /**
     * Search, step 2: matches older than the window's oldest row (none when the window was not full). The
     * MATERIALIZED CTE holds only keys, and has no ORDER BY/LIMIT that would tempt the planner into the walk.
     */
    static String searchOlderSql(ClaimFilter filter, boolean hasCursor) {
        return "WITH window_floor AS (SELECT c.created_at, c.id FROM claims c WHERE TRUE" + conditions(filter, hasCursor)
                + " ORDER BY c.created_at DESC, c.id DESC OFFSET " + (SEARCH_RECENT_WINDOW - 1) + " LIMIT 1),"
                + " older AS MATERIALIZED (SELECT c.created_at, c.id FROM claims c, window_floor f WHERE TRUE"
                + conditions(filter, false) + " AND c.search_vector @@ " + MATCH
                + " AND (c.created_at, c.id) < (f.created_at, f.id))"
                + " SELECT c.* FROM claims c JOIN (SELECT o.id FROM older o ORDER BY o.created_at DESC, o.id DESC"
                + " LIMIT :limit) page ON page.id = c.id ORDER BY c.created_at DESC, c.id DESC";
    }

    private static final String MATCH = "websearch_to_tsquery('english', :q)";

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

    public record LevelStatusCount(SourcingLevel level, VerificationStatus status, int claims) {
    }

    /** The columns the story summary's per-claim checks read. */
    public record SummaryRow(UUID id, SourcingLevel level, String sourceDescription, Integer sourceCount,
            GroundRules groundRules, int independentCorroborations) {
    }

    public List<LevelStatusCount> countsByLevelAndStatus(UUID storyId) {
        return getEntityManager().createQuery("""
                        select new org.sourceledger.claim.ClaimRepository$LevelStatusCount(
                            c.sourcingLevel, c.verificationStatus, cast(count(c) as int))
                        from Claim c where c.storyId = :storyId
                        group by c.sourcingLevel, c.verificationStatus""", LevelStatusCount.class)
                .setParameter("storyId", storyId).getResultList();
    }

    /** Anonymous claims, and claims naming a single source (candidates for the plural-sources check). */
    public List<SummaryRow> summaryCandidates(UUID storyId) {
        return getEntityManager().createQuery("""
                        select new org.sourceledger.claim.ClaimRepository$SummaryRow(c.id, c.sourcingLevel,
                            c.attribution.sourceDescription, c.attribution.sourceCount, c.attribution.groundRules,
                            c.independentCorroborations)
                        from Claim c
                        where c.storyId = :storyId
                          and (c.sourcingLevel = :anonymous or c.attribution.sourceCount = 1)
                        order by c.createdAt, c.id""", SummaryRow.class)
                .setParameter("storyId", storyId).setParameter("anonymous", SourcingLevel.ANONYMOUS)
                .getResultList();
    }

    public boolean existsForStory(UUID storyId) {
        return find("storyId", storyId).firstResultOptional().isPresent();
    }

    /** Locks the given claims in id order (the order every multi-claim writer uses, so none deadlock). */
    public List<Claim> lockAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Serialises writers that change a claim's links, so derived figures are computed from a settled set. */
    public Optional<Claim> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
