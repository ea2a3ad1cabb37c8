package org.sourceledger.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportInput", description = "A piece of evidence: another outlet's article, a wire story, a document, a statement.")
public record ReportInput(
        @Schema(required = true, maxLength = 2048, description = "Stored normalised: lower-case host, no fragment, "
                + "no tracking parameters such as utm_*. Unique after normalisation.",
                examples = "https://wire.example.com/2026/11/28/harbour-drones")
        @NotBlank @Size(max = 2048)
        String url,
        @Schema(required = true, maxLength = 500, examples = "Harbour authority to restrict night drone flights")
        @NotBlank @Size(max = 500)
        String title,
        @Schema(required = true, maxLength = 200, description = "The publisher.", examples = "Example Wire")
        @NotBlank @Size(max = 200)
        String outlet,
        @Schema(required = true)
        @NotNull
        ReportKind kind,
        @Schema(description = "When the report was published (RFC 3339).",
                examples = "2026-11-28T07:15:00Z")
        Instant publishedAt,
        @Schema(maxItems = 100, description = "Ids of the reports this one cites or republishes. "
                + "Must not create a cycle.")
        @Size(max = 100)
        List<@NotNull UUID> derivedFrom) {
}
