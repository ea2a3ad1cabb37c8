package org.sourceledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
public class ApiKeyRepository implements NewestFirst<ApiKey> {

    /** Served by api_keys_hash_unique: one index probe when a key is not in ApiKeyCache. */
    public Optional<ApiKey> findByHash(byte[] hash) {
        return find("keyHash", (Object) hash).firstResultOptional();
    }

    public boolean nameTaken(String name) {
        return count("name", name) > 0;
    }

    public long countActive(Role role, Instant now) {
        return count("role = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", role, now);
    }

    public List<ApiKey> page(PageRequest page) {
        return newestFirst(page);
    }

    /** The key, or 404. */
    public ApiKey require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API key", id));
    }

    /** The key with its row locked (SELECT … FOR UPDATE), or 404. */
    public ApiKey requireForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("API key", id));
    }
}
