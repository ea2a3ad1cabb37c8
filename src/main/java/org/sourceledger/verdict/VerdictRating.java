package org.sourceledger.verdict;

/**
 * A fact-checker's rating, with its place on the ClaimReview scale (1 = false ... 5 = true).
 * UNPROVEN is not a point on that scale, so it has no numeric value.
 */
public enum VerdictRating {
    TRUE("True", 5),
    MOSTLY_TRUE("Mostly true", 4),
    MIXED("Mixed", 3),
    MOSTLY_FALSE("Mostly false", 2),
    FALSE("False", 1),
    UNPROVEN("Unproven", null);

    public static final int WORST = 1;
    public static final int BEST = 5;

    private final String label;
    private final Integer scaleValue;

    VerdictRating(String label, Integer scaleValue) {
        this.label = label;
        this.scaleValue = scaleValue;
    }

    public String label() {
        return label;
    }

    /** Null for UNPROVEN. */
    public Integer scaleValue() {
        return scaleValue;
    }
}
