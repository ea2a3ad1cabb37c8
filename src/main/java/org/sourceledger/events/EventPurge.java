package org.sourceledger.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;

/** Deletes events older than sourceledger.events.retention. Every instance runs it; deleting twice is harmless. */
@ApplicationScoped
public class EventPurge {

    private static final Logger LOG = Logger.getLogger(EventPurge.class);

    private final OutboxRepository outbox;
    private final Duration retention;

    EventPurge(OutboxRepository outbox, SourceLedgerConfig config) {
        this.outbox = outbox;
        this.retention = config.events().retention();
    }

    @Scheduled(every = "${sourceledger.events.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        // Small batches, each its own short transaction: one long delete would hold back every feed reader (the
        // feed waits for the oldest running transaction) for as long as it ran.
        var cutoff = Timestamps.now().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> outbox.deleteOlderThan(cutoff, BATCH));
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.debugf("Deleted %d events older than %s", total, retention);
        }
    }

    private static final int BATCH = 5_000;
}
