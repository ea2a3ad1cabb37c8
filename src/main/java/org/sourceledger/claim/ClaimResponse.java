package org.sourceledger.claim;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sourceledger.verification.VerdictResponse;
import org.sourceledger.verification.VerificationSummary;

@Schema(name = "Claim", description = "One checkable statement, how it is sourced, and how well it is corroborated.")
public record ClaimResponse(
        @Schema(required = true) UUID id,
        @Schema(description = "Absent for a claim tracked on its own.") UUID storyId,
        @Schema(required = true, maxLength = 2000) String statement,
        @Schema(required = true) SourcingLevel sourcingLevel,
        @Schema(required = true) Attribution attribution,
        @Schema(required = true) VerificationSummary verification,
        @Schema(description = "The fact-checker's verdict; absent until one is recorded.")
        VerdictResponse verdict,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, maxLength = 200, description = "Who recorded the claim.") String createdBy) {

    public static ClaimResponse from(Claim claim) {
        return new ClaimResponse(claim.id, claim.storyId, claim.statement, claim.sourcingLevel,
                Attribution.from(claim.attribution), VerificationSummary.of(claim), VerdictResponse.of(claim.verdict), claim.createdAt, claim.updatedAt,
                claim.createdBy);
    }
}
