package org.sourceledger.publication;

import java.util.List;
import java.util.UUID;

/**
 * A story measured against its desk's policy. {@code publishable} when there is no violation, or a valid override
 * covers the current ones.
 */
public record Evaluation(
        UUID storyId,
        String policy,
        int version,
        boolean publishable,
        List<Finding> violations,
        List<Finding> warnings,
        OverrideResponse override) {}
