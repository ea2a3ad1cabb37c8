package org.sourceledger.verdict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record VerdictInput(
        @NotNull VerdictRating rating,
        @NotBlank @Size(max = 5000) String explanation) {}
