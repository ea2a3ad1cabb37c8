package org.sourceledger.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.Timestamps;

/** The event_outbox table (V7__event_outbox.sql): writes in the caller's transaction, and the feed's reads. */
@ApplicationScoped
class OutboxRepository {

    record Row(long txId, long seq, String payload, Instant occurredAt) {}

    private final EntityManager em;

    OutboxRepository(EntityManager em) {
        this.em = em;
    }

    void insert(UUID id, String aggregateType, String aggregateId, String type, String payload) {
        em.createNativeQuery("""
                        INSERT INTO event_outbox (id, aggregatetype, aggregateid, type, payload)
                        VALUES (:id, :aggregateType, :aggregateId, :type, CAST(:payload AS jsonb))""")
                .setParameter("id", id)
                .setParameter("aggregateType", aggregateType)
                .setParameter("aggregateId", aggregateId)
                .setParameter("type", type)
                .setParameter("payload", payload)
                .executeUpdate();
    }

    /**
     * The oldest transaction id still running. Every transaction with a lower id has committed or rolled back, so
     * every event below it is visible now and no event below it can appear later.
     */
    long horizon() {
        Object xmin = em.createNativeQuery("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)")
                .getSingleResult();
        return Long.parseLong(xmin.toString());
    }

    /**
     * Events after {@code after}, below {@code horizon}, in feed order. {@code exact} and {@code prefixes} select
     * types (both empty: every type); {@code subject} selects one resource.
     */
    List<Row> after(
            FeedPosition after, long horizon, List<String> exact, List<String> prefixes, String subject, int limit) {
        // The text of tx_id gets its own name: a CAST keeps the column's name, and ORDER BY prefers an output column
        // to a table column, so "ORDER BY tx_id" would sort the text ("10000" before "9999") instead of the xid8.
        StringBuilder sql = new StringBuilder("""
                SELECT CAST(tx_id AS text) AS tx_id_text, seq, CAST(payload AS text) AS payload_text, occurred_at
                FROM event_outbox
                WHERE (tx_id, seq) > (CAST(:txId AS xid8), :seq) AND tx_id < CAST(:horizon AS xid8)""");
        if (subject != null) {
            sql.append(" AND aggregateid = :subject");
        }
        List<String> typeConditions = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            typeConditions.add("type = :type" + i);
        }
        for (int i = 0; i < prefixes.size(); i++) {
            typeConditions.add("type LIKE :prefix" + i);
        }
        if (!typeConditions.isEmpty()) {
            sql.append(" AND (").append(String.join(" OR ", typeConditions)).append(')');
        }
        sql.append(" ORDER BY tx_id, seq LIMIT :limit");
        var query = em.createNativeQuery(sql.toString())
                .setParameter("txId", Long.toString(after.txId()))
                .setParameter("seq", after.seq())
                .setParameter("horizon", Long.toString(horizon))
                .setParameter("limit", limit);
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        for (int i = 0; i < exact.size(); i++) {
            query.setParameter("type" + i, exact.get(i));
        }
        for (int i = 0; i < prefixes.size(); i++) {
            query.setParameter("prefix" + i, prefixes.get(i) + "%");
        }
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(new Row(
                    Long.parseLong(row[0].toString()),
                    ((Number) row[1]).longValue(),
                    (String) row[2],
                    Timestamps.fromColumn(row[3])));
        }
        return rows;
    }

    /** Deletes at most {@code limit} events older than {@code cutoff}; a short transaction per batch. */
    int deleteOlderThan(Instant cutoff, int limit) {
        return em.createNativeQuery("""
                        DELETE FROM event_outbox WHERE id IN (
                            SELECT id FROM event_outbox WHERE occurred_at < :cutoff LIMIT :limit)""")
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
