package org.sourceledger.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;

/**
 * Deletes finished deliveries (SUCCEEDED or FAILED) older than the events' retention, in small batches; pending ones
 * stay however old they are. Every instance runs it; deleting twice is harmless.
 */
@ApplicationScoped
public class WebhookPurge {

    private static final int BATCH = 5_000;

    private final WebhookDeliveryRepository deliveries;
    private final Duration retention;

    WebhookPurge(WebhookDeliveryRepository deliveries, SourceLedgerConfig config) {
        this.deliveries = deliveries;
        this.retention = config.events().retention();
    }

    @Scheduled(every = "${sourceledger.events.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeFinished() {
        var cutoff = Timestamps.now().minus(retention);
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deliveries.deleteFinishedBefore(cutoff, BATCH));
        } while (deleted == BATCH);
    }
}
