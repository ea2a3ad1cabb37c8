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
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> outbox.deleteOlderThan(Timestamps.now().minus(retention)));
        if (deleted > 0) {
            LOG.debugf("Deleted %d events older than %s", deleted, retention);
        }
    }
}
