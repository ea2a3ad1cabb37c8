package org.sourceledger.verification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sourceledger.claim.Claim;

/** The derived verification figures shown on every claim. */
@Schema(name = "VerificationSummary", description = "Derived from the claim's links; never written by clients.")
public record VerificationSummary(
        @Schema(required = true) VerificationStatus status,
        @Schema(required = true, minimum = "0", maximum = "1000", description = "Corroborating sources that are independent of each other.")
        int independentCorroborations,
        @Schema(required = true, minimum = "0", maximum = "1000") int corroboratingReports,
        @Schema(required = true, minimum = "0", maximum = "1000") int conflictingReports,
        @Schema(required = true, description = "True when two or more corroborating reports lead back to one origin "
                + "(circular reporting); GET /claims/{claim_id}/verification lists them.") boolean circular) {

    public static VerificationSummary of(Claim claim) {
        return new VerificationSummary(claim.verificationStatus, claim.independentCorroborations,
                claim.corroboratingReports, claim.conflictingReports, claim.circular);
    }
}
