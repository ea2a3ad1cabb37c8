package org.sourceledger.security;

import java.time.Instant;
import java.util.UUID;

public record ApiKeyResponse(
        UUID id,
        String name,
        Role role,
        String key,
        String keyPrefix,
        boolean active,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy) {

    static ApiKeyResponse from(ApiKey key, String secret, Instant now) {
        return new ApiKeyResponse(
                key.id,
                key.name,
                key.role,
                secret,
                key.keyPrefix,
                key.activeAt(now),
                key.createdAt,
                key.createdBy,
                key.expiresAt,
                key.revokedAt,
                key.revokedBy);
    }
}
