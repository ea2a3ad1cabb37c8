package org.sourceledger.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemError;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;
import org.sourceledger.history.HistoryEntry;
import org.sourceledger.history.HistoryService;
import org.sourceledger.verification.VerificationService;

@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final Event<ReportDeleting> deleting;
    private final MergePatch mergePatch;
    private final VerificationService verification;
    private final HistoryService history;
    private final ChangeEvents events;

    public ReportService(
            ReportRepository reports,
            Event<ReportDeleting> deleting,
            MergePatch mergePatch,
            VerificationService verification,
            HistoryService history,
            ChangeEvents events) {
        this.verification = verification;
        this.reports = reports;
        this.deleting = deleting;
        this.mergePatch = mergePatch;
        this.history = history;
        this.events = events;
    }

    @Transactional
    public Versioned<ReportResponse> create(ReportInput input) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.createdAt = Timestamps.now();
        report.updatedAt = report.createdAt;
        apply(
                report,
                input,
                () -> reports.persist(report),
                () -> events.created(EventTypes.REPORT_CREATED, resource(report), ReportResponse.from(report)));
        return view(report);
    }

    @Transactional
    public Versioned<ReportResponse> get(UUID id) {
        return view(reports.require(id));
    }

    @Transactional
    public Page<ReportResponse> list(PageRequest page) {
        return Page.of(reports.page(page), page, r -> r.createdAt, r -> r.id, ReportResponse::from);
    }

    @Transactional
    public Versioned<ReportResponse> patch(UUID id, JsonNode patch, String ifMatch) {
        Report report = reports.require(id);
        ETags.requireMatch(ifMatch, report.version);
        ReportInput merged = mergePatch.applyValidated(toInput(report), patch, ReportInput.class);
        ReportResponse before = ReportResponse.from(report);
        apply(
                report,
                merged,
                () -> report.updatedAt = Timestamps.now(),
                () -> events.updated(EventTypes.REPORT_UPDATED, resource(report), before, ReportResponse.from(report)));
        return view(report);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Report report = reports.require(id);
        ETags.requireMatch(ifMatch, report.version);
        // Links refuse while a claim links to the report (REPORT_IN_USE); the foreign key catches a race.
        deleting.fire(new ReportDeleting(id));
        if (reports.hasDerivedReports(id)) {
            throw new ProblemException(
                    ProblemType.REPORT_IN_USE,
                    "Other reports derive from this report; remove it from their derived_from first.");
        }
        reports.delete(report);
        reports.flush();
        events.deleted(EventTypes.REPORT_DELETED, resource(report), ReportResponse.from(report));
    }

    private static ChangeEvents.Resource resource(Report report) {
        return ChangeEvents.Resource.of("report", report.id, report.version, "/reports/" + report.id);
    }

    /** The report's audit history, each snapshot as the API shows a report; 404 if it never existed. */
    public Page<HistoryEntry<ReportResponse>> history(UUID id, PageRequest page) {
        return history.of(Report.class, "report", id, page, ReportResponse::from);
    }

    /** For other features that accept a report id: answers 400 with the pointer they name when it is unknown. */
    public void requireExists(UUID id, String pointer) {
        if (reports.findByIdOptional(id).isEmpty()) {
            throw ProblemException.invalidField(pointer, "no report with id " + id + " exists");
        }
    }

    /** The URLs of those of the given reports that exist, by id. */
    public Map<UUID, String> urlsOf(Collection<UUID> ids) {
        return reports.urlsByIds(ids);
    }

    /**
     * Checks the input, writes it into the report, runs {@code write} and flushes. A change to the report's
     * provenance (its derived_from, or the outlet of an existing report) goes through verification, which locks the
     * graph before the checks and recomputes the claims depending on the report (docs/architecture.md, Provenance
     * locking). {@code recorded} runs after the flush, before any claim is recomputed, so the report's event comes
     * before the claims' verification events it causes.
     */
    private void apply(Report report, ReportInput input, Runnable write, Runnable recorded) {
        String url = normaliseUrl(input.url());
        reports.findByUrl(url).filter(other -> !other.id.equals(report.id)).ifPresent(other -> {
            throw new ProblemException(
                    ProblemType.DUPLICATE_REPORT_URL,
                    "Report " + other.id + " already has this URL (after normalisation): " + url);
        });
        Set<UUID> derivedFrom = Set.copyOf(input.derivedFrom() == null ? List.of() : input.derivedFrom());
        boolean provenanceChanges = !derivedFrom.equals(report.derivedFrom)
                || (report.outlet != null && !report.outlet.equals(input.outlet()));
        if (provenanceChanges) {
            verification.changeProvenanceOf(report.id, graph -> {
                Set<UUID> checked = checkedDerivedFrom(report.id, input.derivedFrom());
                graph.requireAcyclic(report.id, checked);
                copy(report, url, input, checked);
                write.run();
                reports.flush();
                recorded.run();
                return report;
            });
        } else {
            // The same edges and outlet: no cycle can close and no claim's figures change.
            copy(report, url, input, checkedDerivedFrom(report.id, input.derivedFrom()));
            write.run();
            reports.flush();
            recorded.run();
        }
    }

    private static void copy(Report report, String url, ReportInput input, Set<UUID> derivedFrom) {
        report.url = url;
        report.title = input.title();
        report.outlet = input.outlet();
        report.kind = input.kind();
        report.publishedAt = input.publishedAt();
        if (!derivedFrom.equals(report.derivedFrom)) {
            report.derivedFrom.clear();
            report.derivedFrom.addAll(derivedFrom);
        }
    }

    private static String normaliseUrl(String raw) {
        try {
            return ReportUrls.normalise(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("/url", e.getMessage());
        }
    }

    /** Each source must exist, appear once and not be the report itself (verification checks for cycles). */
    private Set<UUID> checkedDerivedFrom(UUID reportId, List<UUID> requested) {
        if (requested == null || requested.isEmpty()) {
            return Set.of();
        }
        Set<UUID> existing = reports.existingIds(requested);
        List<ProblemError> errors = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            UUID source = requested.get(i);
            String pointer = "/derived_from/" + i;
            if (source.equals(reportId)) {
                errors.add(ProblemError.atPointer(pointer, "a report cannot derive from itself"));
            } else if (!seen.add(source)) {
                errors.add(ProblemError.atPointer(pointer, "is listed more than once"));
            } else if (!existing.contains(source)) {
                errors.add(ProblemError.atPointer(pointer, "no report with id " + source + " exists"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return seen;
    }

    private static ReportInput toInput(Report report) {
        return new ReportInput(
                report.url,
                report.title,
                report.outlet,
                report.kind,
                report.publishedAt,
                report.derivedFrom.stream().sorted().toList());
    }

    private static Versioned<ReportResponse> view(Report report) {
        return new Versioned<>(ReportResponse.from(report), report.version);
    }
}
