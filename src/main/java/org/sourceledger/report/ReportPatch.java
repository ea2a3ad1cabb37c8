package org.sourceledger.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the merge-patch body for reports (RFC 7396); applied to {@link ReportInput}. */
@Schema(name = "ReportPatch", description = "JSON Merge Patch for a report. Send only the fields to change; "
        + "derived_from replaces the whole list; null clears an optional field.")
public record ReportPatch(
        @Schema(maxLength = 2048) String url,
        @Schema(maxLength = 500) String title,
        @Schema(maxLength = 200) String outlet,
        ReportKind kind,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant publishedAt,
        @Schema(nullable = true, maxItems = 100) List<UUID> derivedFrom) {
}
