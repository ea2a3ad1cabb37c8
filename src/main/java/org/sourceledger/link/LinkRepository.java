package org.sourceledger.link;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<ClaimLink, UUID> {

    public List<ClaimLink> page(UUID claimId, PageRequest page) {
        if (page.after() == null) {
            return find("claimId = ?1 order by createdAt desc, id desc", claimId)
                    .page(0, page.fetchSize())
                    .list();
        }
        return find(
                        "claimId = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc",
                        claimId,
                        page.after().createdAt(),
                        page.after().id())
                .page(0, page.fetchSize())
                .list();
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
