package org.sourceledger.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReportResponse(
        UUID id,
        String url,
        String title,
        String outlet,
        ReportKind kind,
        Instant publishedAt,
        List<UUID> derivedFrom,
        Instant createdAt,
        Instant updatedAt) {

    public static ReportResponse from(Report report) {
        return new ReportResponse(
                report.id,
                report.url,
                report.title,
                report.outlet,
                report.kind,
                report.publishedAt,
                report.derivedFrom.stream().sorted().toList(),
                report.createdAt,
                report.updatedAt);
    }
}
