package org.sourceledger.publication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An override as the API shows it; {@code valid} while the story and its claims are as they were when it was made. */
public record OverrideResponse(
        UUID id,
        UUID storyId,
        String reason,
        String createdBy,
        Instant createdAt,
        String storyVersion,
        List<Finding> violations,
        boolean valid,
        Instant usedAt) {}
