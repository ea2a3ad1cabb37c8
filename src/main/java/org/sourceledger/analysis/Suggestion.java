package org.sourceledger.analysis;

import org.sourceledger.claim.SourcingLevel;

public record Suggestion(
        String statement,
        SourcingLevel sourcingLevel,
        String sourceDescription,
        Integer sourceCount,
        String sourceName,
        String sourceOrganization,
        String anonymityReason,
        Span span,
        double confidence) {}
