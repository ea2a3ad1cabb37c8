package org.sourceledger.verification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sourceledger.claim.ClaimVerdict;

@Schema(name = "Verdict", description = "A fact-checker's rating of a claim.")
public record VerdictResponse(
        @Schema(required = true) VerdictRating rating,
        @Schema(required = true, maxLength = 5000) String explanation,
        @Schema(required = true, maxLength = 200, description = "Who recorded the verdict.") String reviewedBy,
        @Schema(required = true) Instant reviewedAt) {

    /** Null when the claim has no verdict. */
    public static VerdictResponse of(ClaimVerdict verdict) {
        if (verdict == null || verdict.rating == null) {
            return null;
        }
        return new VerdictResponse(verdict.rating, verdict.explanation, verdict.reviewedBy, verdict.reviewedAt);
    }
}
