package org.sourceledger.link;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LinkInput", description = "Links a claim to a report that corroborates or contradicts it.")
public record LinkInput(
        @Schema(required = true, description = "The report; a claim links to a given report at most once.")
        @NotNull
        UUID reportId,
        @Schema(required = true)
        @NotNull
        LinkRelation relation,
        @Schema(maxLength = 5000, description = "The passage that supports or contradicts the claim.",
                examples = "Officials confirmed the overnight restriction would begin in the spring.")
        @Size(max = 5000)
        String excerpt,
        @Schema(maxLength = 2000, examples = "Checked against the authority's own notice.")
        @Size(max = 2000)
        String note) {
}
