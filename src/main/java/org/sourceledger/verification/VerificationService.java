package org.sourceledger.verification;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;

/**
 * The owner of the provenance graph's consistency: the only holder of the provenance lock and the only writer of
 * each claim's derived figures (docs/architecture.md, Provenance locking). Other features say what they change,
 * through {@link #changeLinksOf} and {@link #changeProvenanceOf}; this class takes the locks in the documented
 * order, runs the change, and recomputes the figures it can alter, in the caller's transaction.
 */
@ApplicationScoped
public class VerificationService {

    /** Stays well under PostgreSQL's bind-parameter limit when many claims depend on one report. */
    private static final int BATCH = 500;

    static final String COMPUTATION_TIMER = "sourceledger.verification.computation";

    /** Origins listed per report or outlet in a breakdown; a claim has at most 1000 links, origins are unbounded. */
    static final int MAX_LISTED = 1000;

    private final ProvenanceRepository provenance;
    private final VerifiedClaims claims;
    private final EntityManager em;
    private final ChangeEvents events;

    VerificationService(ProvenanceRepository provenance, VerifiedClaims claims, EntityManager em, ChangeEvents events) {
        this.provenance = provenance;
        this.claims = claims;
        this.em = em;
        this.events = events;
    }

    /**
     * Adds or removes links of one claim. Takes the provenance lock shared, then the claim's row (404 if there is
     * no such claim), runs {@code change} (its checks and its writes), flushes, and recomputes that claim.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T changeLinksOf(UUID claimId, Supplier<T> change) {
        provenance.lockGraphShared();
        claims.requireForUpdate(claimId);
        T result = change.get();
        em.flush();
        refresh(List.of(claimId));
        return result;
    }

    /**
     * Changes a report's place in the provenance graph (its derived_from, or the outlet its origins are counted
     * by). Takes the provenance lock exclusive, runs {@code change} (which checks the new edges, the cycle check
     * included, through the graph it is given, and writes them), flushes, and recomputes every claim linked to the
     * report or to any report deriving from it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T changeProvenanceOf(UUID reportId, Function<ProvenanceGraph, T> change) {
        provenance.lockGraphExclusive();
        T result = change.apply(this::requireAcyclic);
        em.flush();
        refresh(provenance.claimsDependingOn(reportId));
        return result;
    }

    private void requireAcyclic(UUID reportId, Collection<UUID> derivedFrom) {
        if (provenance.reachable(derivedFrom, reportId)) {
            throw new ProblemException(
                    ProblemType.PROVENANCE_CYCLE,
                    "This derived_from would make the report one of its own sources, through the reports it lists.");
        }
    }

    /**
     * Recomputes the figures of the given claims, locking their rows in id order, and records a
     * claim.verification_changed event, with the figures before and after, for each claim whose figures changed.
     */
    @Timed(
            value = COMPUTATION_TIMER,
            extraTags = {"operation", "refresh"},
            description = "Time to recompute claims' verification figures after a change")
    void refresh(Collection<UUID> claimIds) {
        List<UUID> ordered = new ArrayList<>(new TreeSet<>(claimIds));
        Map<VerifiedClaim, VerificationSummary> changed = new java.util.LinkedHashMap<>();
        for (int from = 0; from < ordered.size(); from += BATCH) {
            List<UUID> batch = ordered.subList(from, Math.min(ordered.size(), from + BATCH));
            List<? extends VerifiedClaim> locked = claims.lockAll(batch);
            Map<UUID, List<LinkOrigin>> origins =
                    provenance.origins(batch).stream().collect(Collectors.groupingBy(LinkOrigin::claimId));
            Map<UUID, Map<LinkRelation, Integer>> counts = provenance.linkCounts(batch);
            for (VerifiedClaim claim : locked) {
                Map<LinkRelation, Integer> claimCounts = counts.getOrDefault(claim.id(), Map.of());
                VerificationSummary before = VerificationSummary.of(claim.verification());
                claim.verification()
                        .record(
                                claimCounts.getOrDefault(LinkRelation.CORROBORATES, 0),
                                claimCounts.getOrDefault(LinkRelation.CONFLICTS, 0),
                                Independence.of(origins.getOrDefault(claim.id(), List.of())));
                if (!before.equals(VerificationSummary.of(claim.verification()))) {
                    changed.put(claim, before);
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        em.flush(); // the events carry each claim's new version
        changed.forEach((claim, before) -> events.record(
                EventTypes.CLAIM_VERIFICATION_CHANGED,
                ChangeEvents.Resource.of("claim", claim.id(), claim.version(), "/claims/" + claim.id()),
                events.diff(
                        Map.of(VERIFICATION, before),
                        Map.of(VERIFICATION, VerificationSummary.of(claim.verification())))));
    }

    private static final String VERIFICATION = "verification";

    @Transactional
    @Timed(
            value = COMPUTATION_TIMER,
            extraTags = {"operation", "breakdown"},
            description = "Time to compute a claim's verification breakdown")
    public VerificationBreakdown breakdown(UUID claimId) {
        VerifiedClaim claim = claims.require(claimId);
        provenance.lockGraphShared();
        List<LinkOrigin> origins = provenance.origins(List.of(claimId));
        Independence independence = Independence.of(origins);

        Set<UUID> reportIds = new HashSet<>();
        origins.forEach(o -> {
            reportIds.add(o.reportId());
            reportIds.add(o.originId());
        });
        Map<UUID, VerificationBreakdown.ReportRef> byId = provenance.reportRefs(reportIds);

        List<VerificationBreakdown.LinkedReport> corroborating = linked(origins, LinkRelation.CORROBORATES, byId);
        List<VerificationBreakdown.LinkedReport> conflicting = linked(origins, LinkRelation.CONFLICTS, byId);
        VerificationStatus status =
                VerificationRules.status(independence.independentCorroborations(), conflicting.size());
        return new VerificationBreakdown(
                claim.id(),
                status,
                independence.independentCorroborations(),
                corroborating.size(),
                conflicting.size(),
                independence.circular(),
                Explanations.of(status, independence, corroborating.size(), conflicting.size()),
                corroborating,
                conflicting,
                independence.groups().stream()
                        .map(g -> new VerificationBreakdown.IndependenceGroup(
                                g.outlet(),
                                g.originReportIds().stream().limit(MAX_LISTED).toList(),
                                List.copyOf(g.corroboratingReportIds())))
                        .toList(),
                independence.circles().stream()
                        .map(c -> new VerificationBreakdown.CircularGroup(
                                c.originReportId(), c.outlet(), List.copyOf(c.corroboratingReportIds())))
                        .toList());
    }

    private static List<VerificationBreakdown.LinkedReport> linked(
            List<LinkOrigin> origins, LinkRelation relation, Map<UUID, VerificationBreakdown.ReportRef> reports) {
        Map<UUID, List<LinkOrigin>> byReport = origins.stream()
                .filter(o -> o.relation() == relation)
                .collect(Collectors.groupingBy(LinkOrigin::reportId));
        return byReport.entrySet().stream()
                .map(entry -> new VerificationBreakdown.LinkedReport(
                        reports.get(entry.getKey()),
                        entry.getValue().stream()
                                .map(o -> reports.get(o.originId()))
                                .sorted(Comparator.comparing(VerificationBreakdown.ReportRef::reportId))
                                .limit(MAX_LISTED)
                                .toList()))
                .sorted(Comparator.comparing(r -> r.report().reportId()))
                .toList();
    }
}
