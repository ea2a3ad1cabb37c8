package org.sourceledger.webhooks;

import java.time.Instant;
import java.util.UUID;

/** One delivery as the API shows it: its attempts so far and what happened last. */
public record DeliveryResponse(
        UUID id,
        UUID subscriptionId,
        UUID eventId,
        String eventType,
        WebhookDelivery.Status status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt) {

    static DeliveryResponse from(WebhookDelivery d) {
        return new DeliveryResponse(
                d.id,
                d.subscriptionId,
                d.eventId,
                d.eventType,
                d.status,
                d.attempts,
                d.lastStatus,
                d.lastError,
                d.lastAttemptAt,
                d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null,
                d.deliveredAt,
                d.createdAt);
    }
}
