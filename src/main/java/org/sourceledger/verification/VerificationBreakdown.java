package org.sourceledger.verification;

import java.util.List;
import java.util.UUID;

public record VerificationBreakdown(
        UUID claimId,
        VerificationStatus status,
        int independentCorroborations,
        int corroboratingReports,
        int conflictingReports,
        boolean circular,
        String explanation,
        List<LinkedReport> corroborating,
        List<LinkedReport> conflicting,
        List<IndependenceGroup> independenceGroups,
        List<CircularGroup> circularGroups) {

    /** {@code kind} is the report's kind as stored (NEWS, WIRE, …); verification reads it, never interprets it. */
    public record ReportRef(UUID reportId, String url, String title, String outlet, String kind) {}

    public record LinkedReport(ReportRef report, List<ReportRef> origins) {}

    public record IndependenceGroup(String outlet, List<UUID> originReportIds, List<UUID> corroboratingReportIds) {}

    public record CircularGroup(UUID originReportId, String outlet, List<UUID> corroboratingReportIds) {}
}
