package org.sourceledger.security;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction, when a key is issued or revoked, so that the change feed records it
 * (the events feature observes it; security knows nothing of events). The views never carry the key itself.
 */
public record ApiKeyChanged(Change change, UUID id, long version, ApiKeyResponse before, ApiKeyResponse after) {

    public enum Change {
        ISSUED,
        REVOKED
    }
}
