package org.sourceledger.verification;

import java.util.List;
import java.util.UUID;
import org.sourceledger.report.Report;
import org.sourceledger.report.ReportKind;

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

    public record ReportRef(
            UUID reportId,
            String url,
            String title,
            String outlet,
            ReportKind kind) {

        static ReportRef of(Report report) {
            return new ReportRef(report.id, report.url, report.title, report.outlet, report.kind);
        }
    }

    public record LinkedReport(
            ReportRef report,
            List<ReportRef> origins) {
    }

    public record IndependenceGroup(
            String outlet,
            List<UUID> originReportIds,
            List<UUID> corroboratingReportIds) {
    }

    public record CircularGroup(
            UUID originReportId,
            String outlet,
            List<UUID> corroboratingReportIds) {
    }
}
