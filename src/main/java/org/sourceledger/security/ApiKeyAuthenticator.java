package org.sourceledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;

/** Checks a presented key: the development key (when configured), else an active stored key with that hash. */
@ApplicationScoped
public class ApiKeyAuthenticator {

    private final ApiKeyRepository keys;
    private final Optional<String> developmentKey;

    public ApiKeyAuthenticator(ApiKeyRepository keys, SourceLedgerConfig config) {
        this.keys = keys;
        this.developmentKey = config.developmentKey().filter(key -> !key.isBlank());
    }

    @Transactional
    public Optional<AuthenticatedKey> authenticate(String presented) {
        if (developmentKey.isPresent() && ApiKeySecrets.sameKey(presented, developmentKey.get())) {
            return Optional.of(new AuthenticatedKey(null, AuthenticatedKey.DEVELOPMENT_KEY_NAME, Role.EDITOR));
        }
        return keys.findByHash(ApiKeySecrets.hash(presented))
                .filter(key -> key.activeAt(Timestamps.now()))
                .map(key -> new AuthenticatedKey(key.id, key.name, key.role));
    }
}
