package org.sourceledger.link;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
public class LinkRepository implements NewestFirst<ClaimLink> {

    public List<ClaimLink> page(UUID claimId, PageRequest page) {
        return newestFirst(page, "claimId = ?1", claimId);
    }

    /** The link, if it belongs to the claim; otherwise 404. */
    public ClaimLink requireInClaim(UUID claimId, UUID linkId) {
        return find("id = ?1 and claimId = ?2", linkId, claimId)
                .<ClaimLink>firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("link", linkId));
    }

    public boolean exists(UUID claimId, UUID reportId) {
        return find("claimId = ?1 and reportId = ?2", claimId, reportId)
                .firstResultOptional()
                .isPresent();
    }

    /** The reports the claim links to, oldest link first. */
    public List<UUID> reportIdsOf(UUID claimId) {
        return getEntityManager()
                .createQuery(
                        "select l.reportId from ClaimLink l where l.claimId = :claimId order by l.createdAt, l.id",
                        UUID.class)
                .setParameter("claimId", claimId)
                .getResultList();
    }

    public boolean isReportLinked(UUID reportId) {
        return find("reportId", reportId).firstResultOptional().isPresent();
    }
}
