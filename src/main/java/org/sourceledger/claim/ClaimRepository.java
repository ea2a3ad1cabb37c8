package org.sourceledger.claim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.verification.VerificationStatus;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /**
     * One page of claims, newest first. Each filter has an index led by its column and followed by the keyset
     * (claims_story_keyset_idx, claims_level_keyset_idx, claims_status_keyset_idx); q uses the GIN index on
     * search_vector. Native SQL because HQL has no full-text match operator.
     */
    @SuppressWarnings("unchecked")
    public List<Claim> page(ClaimFilter filter, PageRequest page) {
        Query query = getEntityManager().createNativeQuery(pageSql(filter, page.after() != null), Claim.class);
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

    /** The list query for a filter; package-visible so a test can check its plan uses the indexes. */
    static String pageSql(ClaimFilter filter, boolean hasCursor) {
        StringBuilder sql = new StringBuilder("SELECT c.* FROM claims c WHERE TRUE");
        if (filter.storyId() != null) {
            sql.append(" AND c.story_id = :storyId");
        }
        if (filter.sourcingLevel() != null) {
            sql.append(" AND c.sourcing_level = :sourcingLevel");
        }
        if (filter.verificationStatus() != null) {
            sql.append(" AND c.verification_status = :verificationStatus");
        }
        if (filter.q() != null) {
            sql.append(" AND c.search_vector @@ websearch_to_tsquery('english', :q)");
        }
        if (hasCursor) {
            sql.append(" AND (c.created_at, c.id) < (:afterCreatedAt, :afterId)");
        }
        return sql.append(" ORDER BY c.created_at DESC, c.id DESC LIMIT :limit").toString();
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
