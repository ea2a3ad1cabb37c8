package org.sourceledger.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.sourceledger.common.Timestamps;

/** Removes expired Idempotency-Key records. Every instance runs it; deleting twice is harmless. */
@ApplicationScoped
public class IdempotencyPurge {

    private final IdempotencyRecords records;

    public IdempotencyPurge(IdempotencyRecords records) {
        this.records = records;
    }

    @Scheduled(
            every = "${sourceledger.idempotency.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> records.purgeExpired(Timestamps.now()));
    }
}
