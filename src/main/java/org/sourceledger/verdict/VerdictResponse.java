package org.sourceledger.verdict;

import java.time.Instant;

public record VerdictResponse(VerdictRating rating, String explanation, String reviewedBy, Instant reviewedAt) {

    /** Null when the claim has no verdict. */
    public static VerdictResponse of(ClaimVerdict verdict) {
        if (verdict == null || verdict.rating() == null) {
            return null;
        }
        return new VerdictResponse(verdict.rating(), verdict.explanation(), verdict.reviewedBy(), verdict.reviewedAt());
    }
}
