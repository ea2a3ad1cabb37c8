package org.sourceledger.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public record ApiKeyInput(
        @NotNull
        @Size(min = 1, max = 100)
        @Pattern(
                regexp = ApiKeyInput.NAME_PATTERN,
                message = "must start with a letter or digit and use only letters, " + "digits, spaces and . _ @ -")
        String name,

        @NotNull Role role,
        Instant expiresAt) {

    static final String NAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9 ._@-]*$";
}
