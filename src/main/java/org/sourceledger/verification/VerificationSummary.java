package org.sourceledger.verification;

import org.sourceledger.claim.Claim;

/** The derived verification figures shown on every claim. */
public record VerificationSummary(
        VerificationStatus status,
        int independentCorroborations,
        int corroboratingReports,
        int conflictingReports,
        boolean circular) {

    public static VerificationSummary of(Claim claim) {
        return new VerificationSummary(claim.verificationStatus, claim.independentCorroborations,
                claim.corroboratingReports, claim.conflictingReports, claim.circular);
    }
}
