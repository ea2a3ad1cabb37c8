package org.sourceledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;

@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final ApiKeyCache cache;
    private final CurrentActor actor;
    private final Event<ApiKeyChanged> changed;

    public ApiKeyService(ApiKeyRepository keys, ApiKeyCache cache, CurrentActor actor, Event<ApiKeyChanged> changed) {
        this.keys = keys;
        this.cache = cache;
        this.actor = actor;
        this.changed = changed;
    }

    @Transactional
    public Versioned<ApiKeyResponse> create(ApiKeyInput input) {
        Instant now = Timestamps.now();
        if (input.expiresAt() != null && !input.expiresAt().isAfter(now)) {
            throw ProblemException.invalidField("/expires_at", "must be in the future");
        }
        if (AuthenticatedKey.DEVELOPMENT_KEY_NAME.equals(input.name()) || keys.nameTaken(input.name())) {
            throw nameTaken();
        }
        String secret = ApiKeySecrets.generate();
        ApiKey key = store(input.name(), input.role(), secret, input.expiresAt(), actor.name(), now);
        return new Versioned<>(ApiKeyResponse.from(key, secret, now), key.version);
    }

    @Transactional
    public Page<ApiKeyResponse> list(PageRequest page) {
        Instant now = Timestamps.now();
        return Page.of(keys.page(page), page, k -> k.createdAt, k -> k.id, k -> ApiKeyResponse.from(k, null, now));
    }

    @Transactional
    public Versioned<ApiKeyResponse> get(UUID id) {
        ApiKey key = keys.require(id);
        return new Versioned<>(ApiKeyResponse.from(key, null, Timestamps.now()), key.version);
    }

    /**
     * Revoked keys stay on record so that history can still name them. Revoking twice is harmless.
     * The last active admin key cannot be revoked: nobody could issue keys any more.
     */
    @Transactional
    public void revoke(UUID id) {
        ApiKey key = keys.requireForUpdate(id);
        Instant now = Timestamps.now();
        if (key.revokedAt != null) {
            return;
        }
        if (key.role == Role.ADMIN && key.activeAt(now) && keys.countActive(Role.ADMIN, now) <= 1) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "This is the last active ADMIN key; issue another ADMIN key before revoking it.");
        }
        ApiKeyResponse before = ApiKeyResponse.from(key, null, now);
        key.revokedAt = now;
        key.revokedBy = actor.name();
        keys.flush();
        changed.fire(new ApiKeyChanged(
                ApiKeyChanged.Change.REVOKED, key.id, key.version, before, ApiKeyResponse.from(key, null, now)));
        // Other instances hear of it through V6's trigger; this one must not wait for that notification.
        cache.evictAfterCommit(key.id);
    }

    ApiKey store(String name, Role role, String secret, Instant expiresAt, String createdBy, Instant now) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = name;
        key.role = role;
        key.keyHash = ApiKeySecrets.hash(secret);
        key.keyPrefix = ApiKeySecrets.shownPrefix(secret);
        key.createdAt = now;
        key.createdBy = createdBy;
        key.expiresAt = expiresAt;
        keys.persistAndFlush(key);
        changed.fire(new ApiKeyChanged(
                ApiKeyChanged.Change.ISSUED, key.id, key.version, null, ApiKeyResponse.from(key, null, now)));
        return key;
    }

    static ProblemException nameTaken() {
        return new ProblemException(
                ProblemType.DUPLICATE_KEY_NAME,
                "An API key with this name exists or existed; names identify actors in history, so pick another.");
    }
}
