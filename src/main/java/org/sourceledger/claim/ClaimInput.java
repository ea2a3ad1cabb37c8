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
        Attribution attribution,
        @Schema(writeOnly = true, minLength = 1, maxLength = 1000,
                description = "Only for ANONYMOUS claims: who the source really is, for the editor who must know. "
                        + "Encrypted at rest, never returned by claim endpoints; editors read it through "
                        + "getConfidentialIdentity, and every read is recorded. In a patch, null removes it.",
                examples = "Deputy harbour master; met in person on 27 November")
        @Size(min = 1, max = 1000)
        String confidentialIdentity) {

    public ClaimInput(java.util.UUID storyId, String statement, SourcingLevel sourcingLevel, Attribution attribution) {
        this(storyId, statement, sourcingLevel, attribution, null);
    }
}
