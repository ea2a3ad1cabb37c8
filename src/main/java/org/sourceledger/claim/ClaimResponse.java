package org.sourceledger.claim;

import java.time.Instant;
import java.util.UUID;
import org.sourceledger.verdict.VerdictResponse;
import org.sourceledger.verification.VerificationSummary;

public record ClaimResponse(
        UUID id,
        UUID storyId,
        String statement,
        SourcingLevel sourcingLevel,
        Attribution attribution,
        VerificationSummary verification,
        VerdictResponse verdict,
        boolean allegation,
        UUID respondsTo,
        Instant createdAt,
        Instant updatedAt,
        String createdBy) {

    public static ClaimResponse from(Claim claim) {
        return new ClaimResponse(
                claim.id,
                claim.storyId,
                claim.statement,
                claim.sourcingLevel,
                Attribution.from(claim.attribution),
                VerificationSummary.of(claim.verification()),
                VerdictResponse.of(claim.verdict()),
                claim.allegation,
                claim.respondsTo,
                claim.createdAt,
                claim.updatedAt,
                claim.createdBy);
    }
}
