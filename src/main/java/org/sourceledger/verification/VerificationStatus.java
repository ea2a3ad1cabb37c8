package org.sourceledger.verification;

public enum VerificationStatus {
    UNVERIFIED,
    CORROBORATED,
    DISPUTED,
    CONTRADICTED
}
