package org.sourceledger.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sourceledger.claim.SourcingLevel;

@Schema(name = "ClaimSuggestion", description = "A claim the analyser found, with how the text attributes it.")
public record Suggestion(
        @Schema(required = true, maxLength = 2000, description = "The claim, with its attribution phrase removed where "
                + "that could be done cleanly.") String statement,
        @Schema(required = true) SourcingLevel sourcingLevel,
        @Schema(maxLength = 500, description = "The words the text uses for the source.") String sourceDescription,
        @Schema(minimum = "1", maximum = "10000", description = "How many sources, where the text states it.")
        Integer sourceCount,
        @Schema(maxLength = 200) String sourceName,
        @Schema(maxLength = 200) String sourceOrganization,
        @Schema(maxLength = 1000, description = "Why the source is not named, where the text says.") String anonymityReason,
        @Schema(required = true, description = "The sentence this suggestion comes from.") Span span,
        @Schema(required = true, minimum = "0", maximum = "1", description = "How sure the analyser is of the level.")
        double confidence) {
}
