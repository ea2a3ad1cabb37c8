package org.sourceledger.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The verdict columns of a claim row, embedded in the claim and audited with it; Hibernate loads all-null columns
 * as a null embeddable. Anyone may read a verdict; only this package makes one (VerdictService).
 */
@Embeddable
public class ClaimVerdict {

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_rating")
    private VerdictRating rating;

    @Column(name = "verdict_explanation")
    private String explanation;

    @Column(name = "verdict_reviewed_by")
    private String reviewedBy;

    @Column(name = "verdict_reviewed_at")
    private Instant reviewedAt;

    /** For Hibernate. */
    protected ClaimVerdict() {}

    ClaimVerdict(VerdictRating rating, String explanation, String reviewedBy, Instant reviewedAt) {
        this.rating = rating;
        this.explanation = explanation;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public VerdictRating rating() {
        return rating;
    }

    public String explanation() {
        return explanation;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
