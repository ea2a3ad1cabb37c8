package org.sourceledger.analysis;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttributionAnalysis", description = "The suggested claims, in the order they appear in the text.")
public record AnalysisResult(
        @Schema(required = true, maxItems = 20000) List<Suggestion> suggestions,
        @Schema(maxItems = 20000, description = "Ids of the claims created, in suggestion order; present when persist was true.")
        List<UUID> createdClaimIds) {
}
