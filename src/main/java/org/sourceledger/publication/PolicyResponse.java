package org.sourceledger.publication;

import java.time.Instant;

/** A policy version as the API shows it; {@code builtIn} when no desk has stored one and the defaults apply. */
public record PolicyResponse(
        String desk, int version, PolicyRules rules, boolean builtIn, Instant createdAt, String createdBy) {}
