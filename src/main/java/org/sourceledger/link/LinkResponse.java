package org.sourceledger.link;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Link", description = "A claim's link to a report that corroborates or contradicts it.")
public record LinkResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID claimId,
        @Schema(required = true) UUID reportId,
        @Schema(required = true) LinkRelation relation,
        @Schema(description = "Absent when not given.", maxLength = 5000) String excerpt,
        @Schema(description = "Absent when not given.", maxLength = 2000) String note,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, maxLength = 200) String createdBy) {

    static LinkResponse from(ClaimLink link) {
        return new LinkResponse(link.id, link.claimId, link.reportId, link.relation, link.excerpt, link.note,
                link.createdAt, link.createdBy);
    }
}
