package org.sourceledger.security;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key's record. The key itself is only in the answer to creating it.")
public record ApiKeyResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true) Role role,
        @Schema(description = "The key, to send as `Authorization: Bearer <key>`. Present only in the 201 answer to "
                + "creating it: the service stores a hash and cannot show it again.", maxLength = 64,
                examples = "slk_Q2hhbmdlIG1lOiB0aGlzIGlzIGFuIGV4YW1wbGUga2V5IG9ubHk")
        String key,
        @Schema(required = true, maxLength = 16, description = "The first characters of the key, to tell keys apart.",
                examples = "slk_Q2hhbmdl")
        String keyPrefix,
        @Schema(required = true) boolean active,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, maxLength = 100, description = "The key that created this one.") String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        @Schema(maxLength = 100) String revokedBy) {

    static ApiKeyResponse from(ApiKey key, String secret, Instant now) {
        return new ApiKeyResponse(key.id, key.name, key.role, secret, key.keyPrefix, key.activeAt(now), key.createdAt,
                key.createdBy, key.expiresAt, key.revokedAt, key.revokedBy);
    }
}
