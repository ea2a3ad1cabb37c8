package org.sourceledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;

/** Checks a presented key: the development key (when configured), else an active stored key with that hash. */
@ApplicationScoped
public class ApiKeyAuthenticator {

    private final ApiKeyRepository keys;
    private final ApiKeyCache cache;
    private final Optional<String> developmentKey;

    public ApiKeyAuthenticator(ApiKeyRepository keys, ApiKeyCache cache, SourceLedgerConfig config) {
        this.keys = keys;
        this.cache = cache;
        this.developmentKey = config.developmentKey().filter(key -> !key.isBlank());
    }

    /**
     * The answer when it needs no database: the development key, or a stored key in {@link ApiKeyCache}. Empty
     * means "look it up", not "unknown". Safe on the event loop.
     */
    public Optional<AuthenticatedKey> fromMemory(String presented) {
        if (developmentKey.isPresent() && ApiKeySecrets.sameKey(presented, developmentKey.get())) {
            return Optional.of(new AuthenticatedKey(null, AuthenticatedKey.DEVELOPMENT_KEY_NAME, Role.EDITOR));
        }
        return cache.find(ApiKeySecrets.hash(presented), Timestamps.now());
    }

    /** Looks the key up in the database (blocking), and caches it when it is active. */
    @Transactional
    public Optional<AuthenticatedKey> fromDatabase(String presented) {
        byte[] hash = ApiKeySecrets.hash(presented);
        long generation = cache.generation();
        Instant now = Timestamps.now();
        return keys.findByHash(hash).filter(key -> key.activeAt(now)).map(key -> {
            AuthenticatedKey authenticated = new AuthenticatedKey(key.id, key.name, key.role);
            cache.put(hash, authenticated, key.expiresAt, generation);
            return authenticated;
        });
    }
}
