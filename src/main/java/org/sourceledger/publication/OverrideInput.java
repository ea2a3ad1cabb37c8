package org.sourceledger.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the story may be published despite its violations; recorded and shown to everyone who evaluates it. */
public record OverrideInput(@NotBlank @Size(max = 2000) String reason) {}
