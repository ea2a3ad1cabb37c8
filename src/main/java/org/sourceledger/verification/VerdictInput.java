package org.sourceledger.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerdictInput", description = "A fact-checker's verdict. Who gave it and when are recorded by the service.")
public record VerdictInput(
        @Schema(required = true)
        @NotNull
        VerdictRating rating,
        @Schema(required = true, minLength = 1, maxLength = 5000, description = "Why the claim earns this rating.",
                examples = "The authority's published agenda shows a night-flight restriction proposed for March.")
        @NotBlank @Size(max = 5000)
        String explanation) {
}
