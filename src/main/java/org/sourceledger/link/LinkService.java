package org.sourceledger.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.sourceledger.claim.ClaimService;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;
import org.sourceledger.report.ReportDeleting;
import org.sourceledger.report.ReportService;
import org.sourceledger.security.CurrentActor;
import org.sourceledger.verification.VerificationService;

@ApplicationScoped
public class LinkService {

    /** Bounds the verification walk and every list derived from a claim's links. */
    public static final int MAX_LINKS_PER_CLAIM = 1000;

    private final LinkRepository links;
    private final ClaimService claims;
    private final ReportService reports;
    private final VerificationService verification;
    private final CurrentActor actor;
    private final ChangeEvents events;

    public LinkService(
            LinkRepository links,
            ClaimService claims,
            ReportService reports,
            VerificationService verification,
            CurrentActor actor,
            ChangeEvents events) {
        this.links = links;
        this.claims = claims;
        this.reports = reports;
        this.verification = verification;
        this.actor = actor;
        this.events = events;
    }

    /** The checks run on the claim's settled links: verification locks them first (404 if no such claim). */
    @Transactional
    public Versioned<LinkResponse> add(UUID claimId, LinkInput input) {
        return view(verification.changeLinksOf(claimId, () -> {
            reports.requireExists(input.reportId(), "/report_id");
            if (links.count("claimId", claimId) >= MAX_LINKS_PER_CLAIM) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "A claim links to at most " + MAX_LINKS_PER_CLAIM
                                + " reports; remove a link before adding another.");
            }
            if (links.exists(claimId, input.reportId())) {
                throw new ProblemException(
                        ProblemType.DUPLICATE_LINK,
                        "The claim is already linked to report " + input.reportId()
                                + "; remove that link to change it.");
            }
            ClaimLink link = new ClaimLink();
            link.id = UUID.randomUUID();
            link.claimId = claimId;
            link.reportId = input.reportId();
            link.relation = input.relation();
            link.excerpt = input.excerpt();
            link.note = input.note();
            link.createdAt = Timestamps.now();
            link.createdBy = actor.name();
            links.persist(link);
            links.flush();
            events.created(EventTypes.LINK_ADDED, resource(link), LinkResponse.from(link));
            return link;
        }));
    }

    @Transactional
    public Page<LinkResponse> list(UUID claimId, PageRequest page) {
        claims.requireExists(claimId);
        return Page.of(links.page(claimId, page), page, l -> l.createdAt, l -> l.id, LinkResponse::from);
    }

    @Transactional
    public Versioned<LinkResponse> get(UUID claimId, UUID linkId) {
        claims.requireExists(claimId);
        return view(links.requireInClaim(claimId, linkId));
    }

    @Transactional
    public void remove(UUID claimId, UUID linkId, String ifMatch) {
        verification.changeLinksOf(claimId, () -> {
            ClaimLink link = links.requireInClaim(claimId, linkId);
            ETags.requireMatch(ifMatch, link.version);
            links.delete(link);
            links.flush();
            events.deleted(EventTypes.LINK_REMOVED, resource(link), LinkResponse.from(link));
            return link;
        });
    }

    /** The reports the claim links to, oldest link first (for other features; no check that the claim exists). */
    public List<UUID> reportIdsOf(UUID claimId) {
        return links.reportIdsOf(claimId);
    }

    /** Evidence that a claim links to stays: deleting the report is refused while any claim links to it. */
    void refuseWhileReportIsLinked(@Observes ReportDeleting deleting) {
        if (links.isReportLinked(deleting.reportId())) {
            throw new ProblemException(
                    ProblemType.REPORT_IN_USE, "Claims link to this report; remove those links before deleting it.");
        }
    }

    private static ChangeEvents.Resource resource(ClaimLink link) {
        return ChangeEvents.Resource.of("link", link.id, link.version, "/claims/" + link.claimId + "/links/" + link.id);
    }

    private static Versioned<LinkResponse> view(ClaimLink link) {
        return new Versioned<>(LinkResponse.from(link), link.version);
    }
}
