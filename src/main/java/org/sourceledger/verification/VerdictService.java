package org.sourceledger.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.sourceledger.claim.Claim;
import org.sourceledger.claim.ClaimRepository;
import org.sourceledger.claim.ClaimVerdict;
import org.sourceledger.common.Timestamps;
import org.sourceledger.security.CurrentActor;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
public class VerdictService {

    private final ClaimRepository claims;
    private final CurrentActor actor;

    public VerdictService(ClaimRepository claims, CurrentActor actor) {
        this.claims = claims;
        this.actor = actor;
    }

    /** Records or replaces the verdict; the version is the claim's, since the verdict is part of the claim. */
    @Transactional
    public Versioned<VerdictResponse> put(UUID claimId, VerdictInput input, String ifMatch) {
        Claim claim = lockedClaim(claimId);
        ETags.requireMatch(ifMatch, claim.version);
        ClaimVerdict verdict = new ClaimVerdict();
        verdict.rating = input.rating();
        verdict.explanation = input.explanation();
        verdict.reviewedBy = actor.name();
        verdict.reviewedAt = Timestamps.now();
        claim.verdict = verdict;
        claim.updatedAt = verdict.reviewedAt;
        claims.flush();
        return new Versioned<>(VerdictResponse.of(claim.verdict), claim.version);
    }

    @Transactional
    public Versioned<VerdictResponse> get(UUID claimId) {
        Claim claim = claims.findByIdOptional(claimId).orElseThrow(() -> ProblemException.notFound("claim", claimId));
        return new Versioned<>(requireVerdict(claim), claim.version);
    }

    @Transactional
    public void delete(UUID claimId, String ifMatch) {
        Claim claim = lockedClaim(claimId);
        ETags.requireMatch(ifMatch, claim.version);
        requireVerdict(claim);
        claim.verdict = null;
        claim.updatedAt = Timestamps.now();
        claims.flush();
    }

    static VerdictResponse requireVerdict(Claim claim) {
        VerdictResponse verdict = VerdictResponse.of(claim.verdict);
        if (verdict == null) {
            throw ProblemException.notFound("verdict for claim", claim.id);
        }
        return verdict;
    }

    private Claim lockedClaim(UUID claimId) {
        return claims.requireForUpdate(claimId);
    }
}
