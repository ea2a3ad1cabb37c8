package org.sourceledger.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report", description = "A piece of evidence outside the claim itself.")
public record ReportResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 2048, description = "The normalised URL.") String url,
        @Schema(required = true, maxLength = 500) String title,
        @Schema(required = true, maxLength = 200) String outlet,
        @Schema(required = true) ReportKind kind,
        @Schema(description = "Absent when not known.") Instant publishedAt,
        @Schema(required = true, maxItems = 100, description = "Ids of the reports this one cites or republishes.") List<UUID> derivedFrom,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static ReportResponse from(Report report) {
        return new ReportResponse(report.id, report.url, report.title, report.outlet, report.kind, report.publishedAt,
                report.derivedFrom.stream().sorted().toList(), report.createdAt, report.updatedAt);
    }
}
