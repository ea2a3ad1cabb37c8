package org.sourceledger.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReportInput(
        @NotBlank @Size(max = 2048) String url,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String outlet,
        @NotNull ReportKind kind,
        Instant publishedAt,
        @Size(max = 100) List<@NotNull UUID> derivedFrom) {}
