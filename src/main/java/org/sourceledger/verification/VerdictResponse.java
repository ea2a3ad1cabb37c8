package org.sourceledger.verification;

import java.time.Instant;
import org.sourceledger.claim.ClaimVerdict;

public record VerdictResponse(
        VerdictRating rating,
        String explanation,
        String reviewedBy,
        Instant reviewedAt) {

    /** Null when the claim has no verdict. */
    public static VerdictResponse of(ClaimVerdict verdict) {
        if (verdict == null || verdict.rating == null) {
            return null;
        }
        return new VerdictResponse(verdict.rating, verdict.explanation, verdict.reviewedBy, verdict.reviewedAt);
    }
}
