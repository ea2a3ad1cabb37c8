package org.sourceledger.analysis;

import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttributionAnalysisRequest", description = "Story text to read for attributed statements.")
public record AnalysisRequest(
        @Schema(required = true, minLength = 1, maxLength = AttributionAnalysisService.MAX_TEXT,
                description = "The story text, at most 200,000 characters (longer text answers 413).")
        @NotBlank
        String text,
        @Schema(description = "The story the suggestions belong to; required when persist is true.")
        UUID storyId,
        @Schema(description = "Create the suggestions as claims of story_id, all in one transaction. Default false: "
                + "nothing is written.", defaultValue = "false")
        Boolean persist) {
}
