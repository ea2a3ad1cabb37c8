package org.sourceledger.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored keys that authenticated recently, so that most requests need no database round trip and no hop to a
 * worker thread before they run.
 *
 * <p>A revoked key must stop working at once on the instance that revokes it and within moments on every other.
 * So the cache is only trusted while
 * {@link ApiKeyChangeListener} is listening for key changes and has proved its connection within
 * {@link #TRUSTED_FOR}; each change notification drops the key; a revocation on this instance drops it before the
 * revoking request answers; and a lookup that raced with any change is not cached ({@link #generation()}).
 */
@ApplicationScoped
public class ApiKeyCache {

    /** How long after the listener last proved its connection the cache may still be used. */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(2);

    static final Duration ENTRY_LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final Cache<String, CachedKey> entries = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(ENTRY_LIFETIME)
            .build();
    private final TransactionSynchronizationRegistry transactions;
    /** Bumped by every change seen; a lookup may only cache what it read if no change happened meanwhile. */
    private long generation;
    /** System.nanoTime() until which the cache may be used; in the past while the listener is not listening. */
    private volatile long trustedUntil = System.nanoTime();

    public ApiKeyCache(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    private record CachedKey(AuthenticatedKey key, Instant expiresAt) {}

    /** A cached key for this hash, if the cache may be trusted and the key has not expired. */
    Optional<AuthenticatedKey> find(byte[] hash, Instant now) {
        if (System.nanoTime() - trustedUntil >= 0) {
            return Optional.empty();
        }
        CachedKey cached = entries.getIfPresent(HexFormat.of().formatHex(hash));
        if (cached == null || cached.expiresAt() != null && !cached.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(cached.key());
    }

    /** Read this before looking a key up in the database, and pass it to {@link #put}. */
    synchronized long generation() {
        return generation;
    }

    /** Caches what a lookup read, unless a key changed since it read {@code generationBefore}. */
    synchronized void put(byte[] hash, AuthenticatedKey key, Instant expiresAt, long generationBefore) {
        if (generation == generationBefore) {
            entries.put(HexFormat.of().formatHex(hash), new CachedKey(key, expiresAt));
        }
    }

    /** A key changed (a notification, or a revocation on this instance). */
    synchronized void evict(UUID keyId) {
        generation++;
        entries.asMap().values().removeIf(cached -> keyId.equals(cached.key().id()));
    }

    /** Drops the key when the current transaction has committed, before the request that changed it answers. */
    void evictAfterCommit(UUID keyId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    evict(keyId);
                }
            }
        });
    }

    /** The listener proved its connection just now: the cache may be used for a while. */
    void trust() {
        trustedUntil = System.nanoTime() + TRUSTED_FOR.toNanos();
    }

    /**
     * The listener lost its connection, or has just started listening: changes may have been missed, so forget
     * everything. (Called again after LISTEN succeeds, so nothing cached before then survives.)
     */
    synchronized void distrust() {
        trustedUntil = System.nanoTime();
        generation++;
        entries.invalidateAll();
    }
}
