package org.sourceledger.verification;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sourceledger.report.Report;
import org.sourceledger.report.ReportKind;

@Schema(name = "VerificationBreakdown", description = "Why a claim has its verification status: every linked report "
        + "with the origin(s) it leads back to, the independent sources, and any circular reporting.")
public record VerificationBreakdown(
        @Schema(required = true) UUID claimId,
        @Schema(required = true) VerificationStatus status,
        @Schema(required = true, minimum = "0", maximum = "1000", description = "Distinct origins of the corroborating reports, "
                + "origins from one outlet counting once.") int independentCorroborations,
        @Schema(required = true, minimum = "0", maximum = "1000") int corroboratingReports,
        @Schema(required = true, minimum = "0", maximum = "1000") int conflictingReports,
        @Schema(required = true, description = "True when two or more corroborating reports lead back to one origin.")
        boolean circular,
        @Schema(required = true, maxLength = 2000, description = "One plain-English sentence a fact-checker can paste into notes.",
                examples = "Corroborated by 1 independent source (Example Wire): all 3 corroborating reports lead back to it.")
        String explanation,
        @Schema(required = true, maxItems = 1000) List<LinkedReport> corroborating,
        @Schema(required = true, maxItems = 1000) List<LinkedReport> conflicting,
        @Schema(required = true, maxItems = 1000, description = "One entry per independent source.")
        List<IndependenceGroup> independenceGroups,
        @Schema(required = true, maxItems = 1000, description = "Each origin reached from two or more corroborating reports.")
        List<CircularGroup> circularGroups) {

    @Schema(name = "ReportRef", description = "A report, briefly.")
    public record ReportRef(
            @Schema(required = true) UUID reportId,
            @Schema(required = true, maxLength = 2048) String url,
            @Schema(required = true, maxLength = 500) String title,
            @Schema(required = true, maxLength = 200) String outlet,
            @Schema(required = true) ReportKind kind) {

        static ReportRef of(Report report) {
            return new ReportRef(report.id, report.url, report.title, report.outlet, report.kind);
        }
    }

    @Schema(name = "LinkedReportOrigins", description = "A linked report and the origin(s) its derived_from chain ends at; "
            + "a report that derives from nothing is its own origin.")
    public record LinkedReport(
            @Schema(required = true) ReportRef report,
            @Schema(required = true, maxItems = 1000, description = "At most 1000 are listed.") List<ReportRef> origins) {
    }

    @Schema(name = "IndependenceGroup", description = "One independent source: an outlet, its origin reports, and the "
            + "corroborating reports that lead back to them.")
    public record IndependenceGroup(
            @Schema(required = true, maxLength = 200) String outlet,
            @Schema(required = true, maxItems = 1000, description = "At most 1000 are listed.") List<UUID> originReportIds,
            @Schema(required = true, maxItems = 1000) List<UUID> corroboratingReportIds) {
    }

    @Schema(name = "CircularGroup", description = "An origin that two or more corroborating reports repeat.")
    public record CircularGroup(
            @Schema(required = true) UUID originReportId,
            @Schema(required = true, maxLength = 200) String outlet,
            @Schema(required = true, maxItems = 1000) List<UUID> corroboratingReportIds) {
    }
}
