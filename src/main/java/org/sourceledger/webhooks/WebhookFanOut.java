package org.sourceledger.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sourceledger.events.EventRecorded;

/** Writes an event's deliveries in the event's own transaction: a committed event always has them. */
@ApplicationScoped
class WebhookFanOut {

    private final WebhookDeliveryRepository deliveries;

    WebhookFanOut(WebhookDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    void fanOut(@Observes EventRecorded event) {
        deliveries.fanOut(event.id(), event.type(), event.cloudEvent());
    }
}
