package org.sourceledger.webhooks;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

/** Deliveries: the fan-out in the event's transaction, the workers' claims, and the API's reads. */
@ApplicationScoped
class WebhookDeliveryRepository implements NewestFirst<WebhookDelivery> {

    /** NOTIFY is delivered when the inserting transaction commits, and never if it rolls back. */
    static final String CHANNEL = "sourceledger_webhooks";

    /** A due delivery, claimed by this instance for the lease, with what sending it needs. */
    record Claimed(
            UUID id,
            long version,
            int attempts,
            UUID subscriptionId,
            UUID eventId,
            String payload,
            String url,
            byte[] secret,
            byte[] previousSecret,
            Instant previousSecretExpiresAt) {}

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    WebhookDeliveryRepository(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * One delivery per active subscription that selects the event's type, in the caller's transaction, and a
     * notification for the workers when there is any. Returns how many were written.
     */
    int fanOut(UUID eventId, String type, String payload) {
        String resourceWildcard = type.substring(0, type.indexOf('.')) + ".*";
        List<?> rows = em.createNativeQuery("""
                        WITH inserted AS (
                            INSERT INTO webhook_deliveries
                                (id, subscription_id, event_id, event_type, payload, status, attempts,
                                 next_attempt_at, retry_from, created_at)
                            SELECT gen_random_uuid(), s.id, :eventId, :type, :payload, 'PENDING', 0,
                                   clock_timestamp(), clock_timestamp(), clock_timestamp()
                            FROM webhook_subscriptions s
                            WHERE s.active AND s.event_types && ARRAY[:type, :wildcard, '*']::text[]
                            RETURNING 1)
                        SELECT count(*), CASE WHEN count(*) > 0 THEN pg_notify(:channel, '') END FROM inserted""")
                .setParameter("eventId", eventId)
                .setParameter("type", type)
                .setParameter("wildcard", resourceWildcard)
                .setParameter("payload", payload)
                .setParameter("channel", CHANNEL)
                .getResultList();
        Object[] row = (Object[]) rows.get(0);
        return ((Number) row[0]).intValue();
    }

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions, skipping rows another instance holds, and
     * leases them by moving their next attempt {@code lease} ahead: if this instance dies, they come due again. One
     * autocommitted statement on its own connection (plain JDBC: the dispatcher polls, and its polls are no part of
     * any request's work or statistics).
     */
    List<Claimed> claimDue(int limit, Duration lease) {
        String sql = """
                WITH due AS (
                    SELECT d.id FROM webhook_deliveries d
                    JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.active
                    WHERE d.status = 'PENDING' AND d.next_attempt_at <= clock_timestamp()
                    ORDER BY d.next_attempt_at
                    LIMIT ?
                    FOR UPDATE OF d SKIP LOCKED)
                UPDATE webhook_deliveries d
                SET next_attempt_at = clock_timestamp() + make_interval(secs => ?),
                    attempts = d.attempts + 1, last_attempt_at = clock_timestamp(), version = d.version + 1
                FROM due, webhook_subscriptions s
                WHERE d.id = due.id AND s.id = d.subscription_id
                RETURNING d.id, d.version, d.attempts, d.subscription_id, d.event_id, d.payload, s.url, s.secret,
                          s.previous_secret, s.previous_secret_expires_at""";
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            statement.setInt(1, limit);
            statement.setDouble(2, (double) lease.toMillis() / 1000);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    Timestamp expires = r.getTimestamp(10);
                    claimed.add(new Claimed(
                            r.getObject(1, UUID.class),
                            r.getLong(2),
                            r.getInt(3),
                            r.getObject(4, UUID.class),
                            r.getObject(5, UUID.class),
                            r.getString(6),
                            r.getString(7),
                            r.getBytes(8),
                            r.getBytes(9),
                            expires == null ? null : expires.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim due webhook deliveries: " + e.getMessage(), e);
        }
        return claimed;
    }

    int deleteFinishedBefore(Instant cutoff, int limit) {
        return em.createNativeQuery("""
                        DELETE FROM webhook_deliveries WHERE id IN (
                            SELECT id FROM webhook_deliveries
                            WHERE status IN ('SUCCEEDED', 'FAILED') AND created_at < :cutoff LIMIT :limit)""")
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .executeUpdate();
    }

    WebhookDelivery requireOf(UUID subscriptionId, UUID deliveryId) {
        return find("id = ?1 and subscriptionId = ?2", deliveryId, subscriptionId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("delivery", deliveryId));
    }

    List<WebhookDelivery> page(UUID subscriptionId, PageRequest page) {
        return newestFirst(page, "subscriptionId = ?1", subscriptionId);
    }

    void notifyWorkers() {
        em.createNativeQuery("SELECT pg_notify(:channel, '')")
                .setParameter("channel", CHANNEL)
                .getResultList();
    }

    /**
     * A 2xx: done. The subscription is healthy again. Like every outcome, it is written only while the row is as this
     * instance claimed it ({@code claimedVersion}): a redelivery or another instance's claim since then wins.
     */
    void recordDelivered(UUID id, long claimedVersion, UUID subscriptionId, int status) {
        int updated = em.createNativeQuery("""
                        UPDATE webhook_deliveries SET status = 'SUCCEEDED', delivered_at = clock_timestamp(),
                            last_status = :status, last_error = NULL, next_attempt_at = NULL, version = version + 1
                        WHERE id = :id AND version = :version""")
                .setParameter("status", status)
                .setParameter("id", id)
                .setParameter("version", claimedVersion)
                .executeUpdate();
        if (updated == 0) {
            return;
        }
        em.createNativeQuery(
                        "UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = :id AND failing_since IS NOT NULL")
                .setParameter("id", subscriptionId)
                .executeUpdate();
    }

    /**
     * A failed attempt. With {@code nextAttempt} it stays pending until then; without, it is final. The subscription
     * is marked failing since now, unless it already was; returns since when it has been failing.
     */
    Instant recordFailed(
            UUID id, long claimedVersion, UUID subscriptionId, Integer status, String error, Instant nextAttempt) {
        int updated = em.createNativeQuery("""
                        UPDATE webhook_deliveries SET status = :state, last_status = :status, last_error = :error,
                            next_attempt_at = :next, version = version + 1
                        WHERE id = :id AND version = :version""")
                .setParameter("state", nextAttempt == null ? "FAILED" : "PENDING")
                .setParameter("status", status)
                .setParameter("error", error)
                .setParameter("next", nextAttempt)
                .setParameter("id", id)
                .setParameter("version", claimedVersion)
                .executeUpdate();
        if (updated == 0) {
            return null;
        }
        List<?> since =
                em.createNativeQuery("""
                        UPDATE webhook_subscriptions SET failing_since = coalesce(failing_since, clock_timestamp())
                        WHERE id = :id RETURNING failing_since""").setParameter("id", subscriptionId).getResultList();
        return since.isEmpty() ? null : Timestamps.fromColumn(since.get(0));
    }

    /** When retries of this delivery began (its first try, or its last redelivery). */
    Instant retryFrom(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT retry_from FROM webhook_deliveries WHERE id = :id")
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? null : Timestamps.fromColumn(rows.get(0));
    }

    /** Turns the subscription off and says why; pending deliveries wait until an ADMIN turns it on again. */
    void disable(UUID subscriptionId, String reason) {
        em.createNativeQuery("""
                        UPDATE webhook_subscriptions SET active = false, disabled_reason = :reason,
                            disabled_at = clock_timestamp(), version = version + 1
                        WHERE id = :id AND active""")
                .setParameter("reason", reason.length() <= 500 ? reason : reason.substring(0, 500))
                .setParameter("id", subscriptionId)
                .executeUpdate();
    }
}
