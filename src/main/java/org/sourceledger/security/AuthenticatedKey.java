package org.sourceledger.security;

import java.util.UUID;

/** The key behind a request: its id (null for the development key), its name (the audited actor) and role. */
public record AuthenticatedKey(UUID id, String name, Role role) {

    public static final String ATTRIBUTE = "sourceledger.api-key";
    public static final String DEVELOPMENT_KEY_NAME = "development-key";

    /** What Idempotency-Key records are scoped to. */
    public String scope() {
        return id == null ? DEVELOPMENT_KEY_NAME : id.toString();
    }
}
