package org.sourceledger.verification;

/** The derived verification figures shown on every claim. */
public record VerificationSummary(
        VerificationStatus status,
        int independentCorroborations,
        int corroboratingReports,
        int conflictingReports,
        boolean circular) {

    public static VerificationSummary of(ClaimVerification figures) {
        return new VerificationSummary(
                figures.status(),
                figures.independentCorroborations(),
                figures.corroboratingReports(),
                figures.conflictingReports(),
                figures.circular());
    }
}
