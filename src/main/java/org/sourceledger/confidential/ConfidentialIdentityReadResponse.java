package org.sourceledger.confidential;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfidentialIdentityRead", description = "One read of a claim's confidential identity.")
public record ConfidentialIdentityReadResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID claimId,
        @Schema(required = true, maxLength = 100, description = "Name of the API key that read it.") String actor,
        @Schema(description = "Id of that API key; absent for the development key.") UUID apiKeyId,
        @Schema(required = true) Instant readAt) {

    static ConfidentialIdentityReadResponse from(ConfidentialIdentityRead read) {
        return new ConfidentialIdentityReadResponse(read.id, read.claimId, read.actor, read.apiKeyId, read.readAt);
    }
}
