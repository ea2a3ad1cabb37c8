package org.sourceledger.link;

import java.time.Instant;
import java.util.UUID;
import org.sourceledger.verification.LinkRelation;

public record LinkResponse(
        UUID id,
        UUID claimId,
        UUID reportId,
        LinkRelation relation,
        String excerpt,
        String note,
        Instant createdAt,
        String createdBy) {

    static LinkResponse from(ClaimLink link) {
        return new LinkResponse(
                link.id,
                link.claimId,
                link.reportId,
                link.relation,
                link.excerpt,
                link.note,
                link.createdAt,
                link.createdBy);
    }
}
