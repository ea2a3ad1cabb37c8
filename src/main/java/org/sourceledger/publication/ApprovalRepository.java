package org.sourceledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
class ApprovalRepository implements NewestFirst<ClaimApproval> {

    List<ClaimApproval> page(UUID claimId, PageRequest page) {
        return newestFirst(page, "claimId = ?1", claimId);
    }

    /** Every approval of these claims, oldest first, in one query. */
    List<ClaimApproval> ofClaims(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return list("claimId in ?1 order by createdAt, id", claimIds);
    }

    ClaimApproval requireOf(UUID claimId, UUID approvalId) {
        return find("id = ?1 and claimId = ?2", approvalId, claimId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("approval", approvalId));
    }
}
