package org.sourceledger.events;

import java.util.UUID;

/**
 * Fired synchronously, inside the writing transaction, after an event is in the outbox: a feature that acts on
 * events (webhook delivery) records its own work in the same transaction, so it commits or rolls back with it.
 * {@code cloudEvent} is the event as stored and served: CloudEvents 1.0 JSON.
 */
public record EventRecorded(UUID id, String type, String subject, String cloudEvent) {}
