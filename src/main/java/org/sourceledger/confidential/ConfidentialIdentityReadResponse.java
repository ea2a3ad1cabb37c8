package org.sourceledger.confidential;

import java.time.Instant;
import java.util.UUID;

public record ConfidentialIdentityReadResponse(UUID id, UUID claimId, String actor, UUID apiKeyId, Instant readAt) {

    static ConfidentialIdentityReadResponse from(ConfidentialIdentityRead read) {
        return new ConfidentialIdentityReadResponse(read.id, read.claimId, read.actor, read.apiKeyId, read.readAt);
    }
}
