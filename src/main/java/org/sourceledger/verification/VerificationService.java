package org.sourceledger.verification;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sourceledger.claim.Claim;
import org.sourceledger.claim.ClaimRepository;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.link.LinkRelation;
import org.sourceledger.report.Report;
import org.sourceledger.report.ReportRepository;

/**
 * Keeps each claim's derived verification figures in step with its links and the provenance graph; the only
 * writer of those columns. Callers hold the provenance lock (see {@link ProvenanceRepository#lockGraphShared()}).
 */
@ApplicationScoped
public class VerificationService {

    /** Stays well under PostgreSQL's bind-parameter limit when many claims depend on one report. */
    private static final int BATCH = 500;

    static final String COMPUTATION_TIMER = "sourceledger.verification.computation";

    /** Origins listed per report or outlet in a breakdown; a claim has at most 1000 links, origins are unbounded. */
    static final int MAX_LISTED = 1000;

    private final ProvenanceRepository provenance;
    private final ClaimRepository claims;
    private final ReportRepository reports;

    public VerificationService(ProvenanceRepository provenance, ClaimRepository claims, ReportRepository reports) {
        this.provenance = provenance;
        this.claims = claims;
        this.reports = reports;
    }

    /** Recomputes the figures of the given claims, locking their rows in id order. */
    @Timed(value = COMPUTATION_TIMER, extraTags = {"operation", "refresh"},
            description = "Time to recompute claims' verification figures after a change")
    public void refresh(Collection<UUID> claimIds) {
        List<UUID> ordered = new ArrayList<>(new TreeSet<>(claimIds));
        for (int from = 0; from < ordered.size(); from += BATCH) {
            List<UUID> batch = ordered.subList(from, Math.min(ordered.size(), from + BATCH));
            List<Claim> locked = claims.lockAll(batch);
            Map<UUID, List<LinkOrigin>> origins = provenance.origins(batch).stream()
                    .collect(Collectors.groupingBy(LinkOrigin::claimId));
            Map<UUID, Map<LinkRelation, Integer>> counts = provenance.linkCounts(batch);
            for (Claim claim : locked) {
                Map<LinkRelation, Integer> claimCounts = counts.getOrDefault(claim.id, Map.of());
                Independence independence = Independence.of(origins.getOrDefault(claim.id, List.of()));
                int conflicting = claimCounts.getOrDefault(LinkRelation.CONFLICTS, 0);
                claim.corroboratingReports = claimCounts.getOrDefault(LinkRelation.CORROBORATES, 0);
                claim.conflictingReports = conflicting;
                claim.independentCorroborations = independence.independentCorroborations();
                claim.circular = independence.circular();
                claim.verificationStatus = VerificationRules.status(independence.independentCorroborations(), conflicting);
            }
        }
    }

    /** After a report's derived_from or outlet changed: every claim whose reports lead through it. */
    public void refreshDependantsOf(UUID reportId) {
        refresh(provenance.claimsDependingOn(reportId));
    }

    @Transactional
    @Timed(value = COMPUTATION_TIMER, extraTags = {"operation", "breakdown"},
            description = "Time to compute a claim's verification breakdown")
    public VerificationBreakdown breakdown(UUID claimId) {
        Claim claim = claims.findByIdOptional(claimId).orElseThrow(() -> ProblemException.notFound("claim", claimId));
        provenance.lockGraphShared();
        List<LinkOrigin> origins = provenance.origins(List.of(claimId));
        Independence independence = Independence.of(origins);

        Set<UUID> reportIds = new HashSet<>();
        origins.forEach(o -> {
            reportIds.add(o.reportId());
            reportIds.add(o.originId());
        });
        Map<UUID, Report> byId = reports.byIds(reportIds);

        List<VerificationBreakdown.LinkedReport> corroborating = linked(origins, LinkRelation.CORROBORATES, byId);
        List<VerificationBreakdown.LinkedReport> conflicting = linked(origins, LinkRelation.CONFLICTS, byId);
        VerificationStatus status = VerificationRules.status(independence.independentCorroborations(),
                conflicting.size());
        return new VerificationBreakdown(claim.id, status, independence.independentCorroborations(),
                corroborating.size(), conflicting.size(), independence.circular(),
                Explanations.of(status, independence, corroborating.size(), conflicting.size()),
                corroborating, conflicting,
                independence.groups().stream().map(g -> new VerificationBreakdown.IndependenceGroup(g.outlet(),
                        g.originReportIds().stream().limit(MAX_LISTED).toList(),
                        List.copyOf(g.corroboratingReportIds()))).toList(),
                independence.circles().stream().map(c -> new VerificationBreakdown.CircularGroup(c.originReportId(),
                        c.outlet(), List.copyOf(c.corroboratingReportIds()))).toList());
    }

    private static List<VerificationBreakdown.LinkedReport> linked(List<LinkOrigin> origins, LinkRelation relation,
            Map<UUID, Report> reports) {
        Map<UUID, List<LinkOrigin>> byReport = origins.stream().filter(o -> o.relation() == relation)
                .collect(Collectors.groupingBy(LinkOrigin::reportId));
        return byReport.entrySet().stream()
                .map(entry -> new VerificationBreakdown.LinkedReport(VerificationBreakdown.ReportRef.of(reports.get(entry.getKey())),
                        entry.getValue().stream().map(o -> VerificationBreakdown.ReportRef.of(reports.get(o.originId())))
                                .sorted(Comparator.comparing(VerificationBreakdown.ReportRef::reportId))
                                .limit(MAX_LISTED).toList()))
                .sorted(Comparator.comparing(r -> r.report().reportId()))
                .toList();
    }
}
