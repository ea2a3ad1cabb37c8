package org.sourceledger.confidential;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.PageRequest;

@ApplicationScoped
public class ConfidentialIdentityReadRepository implements PanacheRepositoryBase<ConfidentialIdentityRead, UUID> {

    /** Newest first; served by confidential_identity_reads_claim_idx. */
    public boolean readSince(UUID claimId, String actor, java.time.Instant since) {
        return count("claimId = ?1 and actor = ?2 and readAt >= ?3", claimId, actor, since) > 0;
    }

    public List<ConfidentialIdentityRead> page(UUID claimId, PageRequest page) {
        if (page.after() == null) {
            return find("claimId = ?1 order by readAt desc, id desc", claimId)
                    .page(0, page.fetchSize())
                    .list();
        }
        return find(
                        "claimId = ?1 and (readAt, id) < (?2, ?3) order by readAt desc, id desc",
                        claimId,
                        page.after().createdAt(),
                        page.after().id())
                .page(0, page.fetchSize())
                .list();
    }
}
