package org.sourceledger.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.sourceledger.verification.VerdictRating;

/** The verdict columns of a claim row; Hibernate loads all-null columns as a null embeddable. */
@Embeddable
public class ClaimVerdict {

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_rating")
    public VerdictRating rating;

    @Column(name = "verdict_explanation")
    public String explanation;

    @Column(name = "verdict_reviewed_by")
    public String reviewedBy;

    @Column(name = "verdict_reviewed_at")
    public Instant reviewedAt;
}
