package org.sourceledger.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;
import org.sourceledger.security.CurrentActor;

/** A fact-checker's verdict on a claim. The verdict is part of the claim: its version is the claim's. */
@ApplicationScoped
public class VerdictService {

    private final VerdictClaims claims;
    private final CurrentActor actor;
    private final EntityManager em;
    private final ChangeEvents events;

    public VerdictService(VerdictClaims claims, CurrentActor actor, EntityManager em, ChangeEvents events) {
        this.claims = claims;
        this.actor = actor;
        this.em = em;
        this.events = events;
    }

    /**
     * Records or replaces the verdict. The claim's row is locked first, so that a link added meanwhile (which bumps
     * the version) cannot turn this into a 412 (docs/architecture.md, Provenance locking).
     */
    @Transactional
    public Versioned<VerdictResponse> put(UUID claimId, VerdictInput input, String ifMatch) {
        VerdictedClaim claim = claims.requireForUpdate(claimId);
        ETags.requireMatch(ifMatch, claim.version());
        ClaimVerdict verdict = new ClaimVerdict(input.rating(), input.explanation(), actor.name(), Timestamps.now());
        VerdictResponse before = VerdictResponse.of(claim.verdict());
        claim.changeVerdict(verdict, verdict.reviewedAt());
        em.flush();
        events.updated(EventTypes.VERDICT_RECORDED, resource(claim), before, VerdictResponse.of(claim.verdict()));
        return new Versioned<>(VerdictResponse.of(claim.verdict()), claim.version());
    }

    /** The verdict, or 404 when the claim does not exist or has none. */
    @Transactional
    public Versioned<VerdictResponse> get(UUID claimId) {
        VerdictedClaim claim = claims.require(claimId);
        return new Versioned<>(requireVerdict(claim), claim.version());
    }

    @Transactional
    public void delete(UUID claimId, String ifMatch) {
        VerdictedClaim claim = claims.requireForUpdate(claimId);
        ETags.requireMatch(ifMatch, claim.version());
        VerdictResponse before = requireVerdict(claim);
        claim.changeVerdict(null, Timestamps.now());
        em.flush();
        events.deleted(EventTypes.VERDICT_REMOVED, resource(claim), before);
    }

    private static ChangeEvents.Resource resource(VerdictedClaim claim) {
        return ChangeEvents.Resource.of("verdict", claim.id(), claim.version(), "/claims/" + claim.id() + "/verdict");
    }

    private static VerdictResponse requireVerdict(VerdictedClaim claim) {
        VerdictResponse verdict = VerdictResponse.of(claim.verdict());
        if (verdict == null) {
            throw ProblemException.notFound("verdict for claim", claim.id());
        }
        return verdict;
    }
}
