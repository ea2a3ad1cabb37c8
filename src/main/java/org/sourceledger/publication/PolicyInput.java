package org.sourceledger.publication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of PUT /publication-policies/{desk}. */
public record PolicyInput(@NotNull @Valid PolicyRules rules) {}
