package org.sourceledger.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change to a resource: who made it, when, and the resource as the API showed it before and after.
 * {@code before} is absent on creation, {@code after} on deletion.
 */
public record HistoryEntry<T>(
        long revision,
        Instant changedAt,
        String actor,
        UUID apiKeyId,
        HistoryChange change,
        List<String> changedFields,
        T before,
        T after) {}
