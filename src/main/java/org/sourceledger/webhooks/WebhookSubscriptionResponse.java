package org.sourceledger.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API shows it; {@code secret} only in the answers that create or rotate it. */
public record WebhookSubscriptionResponse(
        UUID id,
        String url,
        List<String> eventTypes,
        String description,
        boolean active,
        String disabledReason,
        Instant disabledAt,
        String secret,
        Instant previousSecretExpiresAt,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {

    static WebhookSubscriptionResponse from(WebhookSubscription s, String secret, Instant now) {
        Instant overlap = s.previousSecretExpiresAt != null && s.previousSecretExpiresAt.isAfter(now)
                ? s.previousSecretExpiresAt
                : null;
        return new WebhookSubscriptionResponse(
                s.id,
                s.url,
                List.of(s.eventTypes),
                s.description,
                s.active,
                s.disabledReason,
                s.disabledAt,
                secret,
                overlap,
                s.createdAt,
                s.createdBy,
                s.updatedAt);
    }
}
