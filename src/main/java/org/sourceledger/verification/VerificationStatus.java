package org.sourceledger.verification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "UNVERIFIED: no links. CORROBORATED: at least one independent corroboration and no conflicts. "
        + "DISPUTED: both corroborating and conflicting links. CONTRADICTED: only conflicting links.")
public enum VerificationStatus {
    UNVERIFIED,
    CORROBORATED,
    DISPUTED,
    CONTRADICTED
}
