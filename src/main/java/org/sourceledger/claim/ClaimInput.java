package org.sourceledger.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim as a client writes it; also the shape a merge patch is applied to. */
@Schema(name = "ClaimInput", description = "A claim as a client writes it. Verification figures are derived, never written.")
@SourcingRules
public record ClaimInput(
        @Schema(description = "The story that makes the claim; omit for a claim tracked on its own.")
        UUID storyId,
        @Schema(required = true, minLength = 1, maxLength = 2000, description = "The claim in plain words.",
                examples = "The harbour authority plans to ban cargo drones at night from March.")
        @NotBlank @Size(max = 2000)
        String statement,
        @Schema(required = true)
        @NotNull
        SourcingLevel sourcingLevel,
        @Schema(description = "Required, with anonymity_reason, when sourcing_level is ANONYMOUS.")
        @Valid
        Attribution attribution) {
}
