package org.sourceledger.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A claim as a client writes it; also the shape a merge patch is applied to. */
@SourcingRules
public record ClaimInput(
        UUID storyId,
        @NotBlank @Size(max = 2000) String statement,
        @NotNull SourcingLevel sourcingLevel,
        @Valid Attribution attribution,
        @Size(min = 1, max = 1000) String confidentialIdentity,
        Boolean allegation,
        UUID respondsTo) {

    public ClaimInput(java.util.UUID storyId, String statement, SourcingLevel sourcingLevel, Attribution attribution) {
        this(storyId, statement, sourcingLevel, attribution, null, null, null);
    }
}
