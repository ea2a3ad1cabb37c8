package org.sourceledger.publication;

import java.util.UUID;

/** One rule broken by one claim: what is wrong, and what would put it right. */
public record Finding(UUID claimId, String rule, String message, String remedy) {}
