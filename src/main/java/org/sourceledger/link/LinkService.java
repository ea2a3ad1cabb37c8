package org.sourceledger.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.sourceledger.claim.ClaimRepository;
import org.sourceledger.common.Timestamps;
import org.sourceledger.security.CurrentActor;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.report.ReportRepository;
import org.sourceledger.verification.ProvenanceRepository;
import org.sourceledger.verification.VerificationService;

@ApplicationScoped
public class LinkService {

    /** Bounds the verification walk and every list derived from a claim's links. */
    public static final int MAX_LINKS_PER_CLAIM = 1000;

    private final LinkRepository links;
    private final ClaimRepository claims;
    private final ReportRepository reports;
    private final VerificationService verification;
    private final ProvenanceRepository provenance;
    private final CurrentActor actor;

    public LinkService(LinkRepository links, ClaimRepository claims, ReportRepository reports,
            VerificationService verification, ProvenanceRepository provenance, CurrentActor actor) {
        this.provenance = provenance;
        this.links = links;
        this.claims = claims;
        this.reports = reports;
        this.verification = verification;
        this.actor = actor;
    }

    @Transactional
    public Versioned<LinkResponse> add(UUID claimId, LinkInput input) {
        provenance.lockGraphShared();
        claims.requireForUpdate(claimId);
        if (reports.findByIdOptional(input.reportId()).isEmpty()) {
            throw ProblemException.invalidField("/report_id", "no report with id " + input.reportId() + " exists");
        }
        if (links.count("claimId", claimId) >= MAX_LINKS_PER_CLAIM) {
            throw new ProblemException(ProblemType.CONFLICT, "A claim links to at most " + MAX_LINKS_PER_CLAIM
                    + " reports; remove a link before adding another.");
        }
        if (links.exists(claimId, input.reportId())) {
            throw new ProblemException(ProblemType.DUPLICATE_LINK,
                    "The claim is already linked to report " + input.reportId() + "; remove that link to change it.");
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
        links.persistAndFlush(link);
        verification.refresh(List.of(claimId));
        return view(link);
    }

    @Transactional
    public Page<LinkResponse> list(UUID claimId, PageRequest page) {
        requireClaim(claimId);
        return Page.of(links.page(claimId, page), page, l -> l.createdAt, l -> l.id, LinkResponse::from);
    }

    @Transactional
    public Versioned<LinkResponse> get(UUID claimId, UUID linkId) {
        return view(find(claimId, linkId));
    }

    @Transactional
    public void remove(UUID claimId, UUID linkId, String ifMatch) {
        provenance.lockGraphShared();
        claims.requireForUpdate(claimId);
        ClaimLink link = find(claimId, linkId);
        ETags.requireMatch(ifMatch, link.version);
        links.delete(link);
        links.flush();
        verification.refresh(List.of(claimId));
    }

    private void requireClaim(UUID claimId) {
        if (claims.findByIdOptional(claimId).isEmpty()) {
            throw ProblemException.notFound("claim", claimId);
        }
    }

    private ClaimLink find(UUID claimId, UUID linkId) {
        requireClaim(claimId);
        return links.findInClaim(claimId, linkId).orElseThrow(() -> ProblemException.notFound("link", linkId));
    }

    private static Versioned<LinkResponse> view(ClaimLink link) {
        return new Versioned<>(LinkResponse.from(link), link.version);
    }
}
