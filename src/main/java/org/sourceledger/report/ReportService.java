package org.sourceledger.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.sourceledger.link.LinkRepository;
import org.sourceledger.verification.ProvenanceRepository;
import org.sourceledger.verification.VerificationService;

@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final LinkRepository links;
    private final MergePatch mergePatch;
    private final ProvenanceRepository provenance;
    private final VerificationService verification;

    public ReportService(ReportRepository reports, LinkRepository links, MergePatch mergePatch, ProvenanceRepository provenance, VerificationService verification) {
        this.provenance = provenance;
        this.verification = verification;
        this.reports = reports;
        this.links = links;
        this.mergePatch = mergePatch;
    }

    @Transactional
    public Versioned<ReportResponse> create(ReportInput input) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.createdAt = Timestamps.now();
        report.updatedAt = report.createdAt;
        apply(report, input);
        reports.persistAndFlush(report);
        return view(report);
    }

    @Transactional
    public Versioned<ReportResponse> get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public Page<ReportResponse> list(PageRequest page) {
        return Page.of(reports.page(page), page, r -> r.createdAt, r -> r.id, ReportResponse::from);
    }

    @Transactional
    public Versioned<ReportResponse> patch(UUID id, JsonNode patch, String ifMatch) {
        Report report = find(id);
        ETags.requireMatch(ifMatch, report.version);
        ReportInput merged = mergePatch.applyValidated(toInput(report), patch, ReportInput.class);
        boolean provenanceChanged = apply(report, merged);
        report.updatedAt = Timestamps.now();
        reports.flush();
        if (provenanceChanged) {
            verification.refreshDependantsOf(report.id);
        }
        return view(report);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Report report = find(id);
        ETags.requireMatch(ifMatch, report.version);
        if (links.isReportLinked(id)) {
            throw new ProblemException(ProblemType.REPORT_IN_USE,
                    "Claims link to this report; remove those links before deleting it.");
        }
        if (reports.hasDerivedReports(id)) {
            throw new ProblemException(ProblemType.REPORT_IN_USE,
                    "Other reports derive from this report; remove it from their derived_from first.");
        }
        reports.delete(report);
        reports.flush();
    }

    private Report find(UUID id) {
        return reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("report", id));
    }

    /** Returns whether the change can alter other claims' figures (provenance edges or outlet changed). */
    private boolean apply(Report report, ReportInput input) {
        String url = normaliseUrl(input.url());
        reports.findByUrl(url).filter(other -> !other.id.equals(report.id)).ifPresent(other -> {
            throw new ProblemException(ProblemType.DUPLICATE_REPORT_URL,
                    "Report " + other.id + " already has this URL (after normalisation): " + url);
        });
        Set<UUID> derivedFrom = Set.copyOf(input.derivedFrom() == null ? List.of() : input.derivedFrom());
        boolean provenanceChanges = !derivedFrom.equals(report.derivedFrom)
                || (report.outlet != null && !report.outlet.equals(input.outlet()));
        if (provenanceChanges) {
            provenance.lockGraphExclusive();
        }
        derivedFrom = checkedDerivedFrom(report.id, input.derivedFrom());
        report.url = url;
        report.title = input.title();
        report.outlet = input.outlet();
        report.kind = input.kind();
        report.publishedAt = input.publishedAt();
        if (!derivedFrom.equals(report.derivedFrom)) {
            report.derivedFrom.clear();
            report.derivedFrom.addAll(derivedFrom);
        }
        return provenanceChanges;
    }

    private static String normaliseUrl(String raw) {
        try {
            return ReportUrls.normalise(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("/url", e.getMessage());
        }
    }

    /** Each source must exist, appear once and not be the report itself, and the graph must stay acyclic. */
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
        if (reports.reachable(seen, reportId)) {
            throw new ProblemException(ProblemType.PROVENANCE_CYCLE,
                    "This derived_from would make the report one of its own sources, through the reports it lists.");
        }
        return seen;
    }

    private static ReportInput toInput(Report report) {
        return new ReportInput(report.url, report.title, report.outlet, report.kind, report.publishedAt,
                report.derivedFrom.stream().sorted().toList());
    }

    private static Versioned<ReportResponse> view(Report report) {
        return new Versioned<>(ReportResponse.from(report), report.version);
    }
}
