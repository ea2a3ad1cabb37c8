package org.sourceledger.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for idempotency records; plain statements, because the point is what PostgreSQL's locking does with them. */
@ApplicationScoped
public class IdempotencyRecords {

    public record Stored(byte[] requestHash, Integer status, String headers, String body) {}

    private final EntityManager entityManager;

    public IdempotencyRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the key for this request. Returns false when another request holds it; if that request is still
     * running, PostgreSQL makes this statement wait for its transaction to end.
     */
    public boolean claim(String scope, String key, byte[] requestHash, Instant now, Instant expiresAt) {
        entityManager
                .createNativeQuery("DELETE FROM idempotency_records WHERE scope = :scope "
                        + "AND idempotency_key = :key AND expires_at <= :now")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("now", now)
                .executeUpdate();
        return entityManager
                        .createNativeQuery("""
                        INSERT INTO idempotency_records (scope, idempotency_key, request_hash, created_at, expires_at)
                        VALUES (:scope, :key, :hash, :now, :expires) ON CONFLICT DO NOTHING""")
                        .setParameter("scope", scope)
                        .setParameter("key", key)
                        .setParameter("hash", requestHash)
                        .setParameter("now", now)
                        .setParameter("expires", expiresAt)
                        .executeUpdate()
                == 1;
    }

    public Optional<Stored> find(String scope, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT request_hash, response_status, CAST(response_headers AS text), response_body
                        FROM idempotency_records WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Stored(
                        (byte[]) row[0], row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2], (String)
                                row[3]));
    }

    public void complete(String scope, String key, int status, String headersJson, String body) {
        entityManager
                .createNativeQuery("""
                        UPDATE idempotency_records SET response_status = :status,
                            response_headers = CAST(:headers AS jsonb), response_body = :body
                        WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("headers", headersJson)
                .setParameter("body", body)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    public void release(String scope, String key) {
        entityManager
                .createNativeQuery("DELETE FROM idempotency_records WHERE scope = :scope AND idempotency_key = :key")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    public int purgeExpired(Instant now) {
        return entityManager
                .createNativeQuery("DELETE FROM idempotency_records WHERE expires_at <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
