package org.sourceledger.verification;

/** The status rules (docs/architecture.md, Verification rules), free of persistence so they can be tested alone. */
public final class VerificationRules {

    private VerificationRules() {}

    public static VerificationStatus status(int independentCorroborations, int conflictingReports) {
        boolean corroborated = independentCorroborations > 0;
        boolean conflicted = conflictingReports > 0;
        if (corroborated && conflicted) {
            return VerificationStatus.DISPUTED;
        }
        if (corroborated) {
            return VerificationStatus.CORROBORATED;
        }
        if (conflicted) {
            return VerificationStatus.CONTRADICTED;
        }
        return VerificationStatus.UNVERIFIED;
    }
}
