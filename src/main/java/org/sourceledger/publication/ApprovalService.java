package org.sourceledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.sourceledger.claim.ClaimFacts;
import org.sourceledger.claim.ClaimService;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.confidential.ConfidentialIdentityService;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;
import org.sourceledger.security.CurrentActor;

/**
 * Editors' approvals of claims. {@code identity_known} is derived from the identity-read log: the approver read
 * this claim's confidential identity after its substance last changed and before approving.
 */
@ApplicationScoped
public class ApprovalService {

    private final ApprovalRepository approvals;
    private final ClaimService claims;
    private final ConfidentialIdentityService identities;
    private final CurrentActor actor;
    private final ChangeEvents events;

    ApprovalService(
            ApprovalRepository approvals,
            ClaimService claims,
            ConfidentialIdentityService identities,
            CurrentActor actor,
            ChangeEvents events) {
        this.approvals = approvals;
        this.claims = claims;
        this.identities = identities;
        this.actor = actor;
        this.events = events;
    }

    @Transactional
    public ApprovalResponse approve(UUID claimId, ApprovalInput input) {
        ClaimFacts claim = claims.facts(claimId);
        Instant now = Timestamps.now();
        ClaimApproval approval = new ClaimApproval();
        approval.id = UUID.randomUUID();
        approval.claimId = claimId;
        approval.kind = input.kind();
        approval.note = input.note();
        approval.approver = actor.name();
        approval.approvedAt = now;
        approval.createdAt = now;
        approval.claimVersion = claim.version();
        approval.substanceRevision = claim.substanceRevision();
        approval.identityKnown =
                claim.identityRecorded() && identities.readBy(claimId, approval.approver, claim.substanceChangedAt());
        approvals.persistAndFlush(approval);
        ApprovalResponse view = ApprovalResponse.of(approval, claim.substanceRevision());
        events.created(EventTypes.APPROVAL_RECORDED, resource(approval), view);
        return view;
    }

    public Page<ApprovalResponse> list(UUID claimId, PageRequest page) {
        ClaimFacts claim = claims.facts(claimId);
        return Page.of(
                approvals.page(claimId, page),
                page,
                a -> a.createdAt,
                a -> a.id,
                a -> ApprovalResponse.of(a, claim.substanceRevision()));
    }

    /** The approval stops counting; its record stays, with who withdrew it and when. Withdrawing twice is harmless. */
    @Transactional
    public void withdraw(UUID claimId, UUID approvalId) {
        ClaimFacts claim = claims.facts(claimId);
        ClaimApproval approval = approvals.requireOf(claimId, approvalId);
        if (approval.withdrawnAt != null) {
            return;
        }
        ApprovalResponse before = ApprovalResponse.of(approval, claim.substanceRevision());
        approval.withdrawnAt = Timestamps.now();
        approval.withdrawnBy = actor.name();
        approvals.flush();
        events.updated(
                EventTypes.APPROVAL_WITHDRAWN,
                resource(approval),
                before,
                ApprovalResponse.of(approval, claim.substanceRevision()));
    }

    private static ChangeEvents.Resource resource(ClaimApproval a) {
        return ChangeEvents.Resource.of("approval", a.id, a.version, "/claims/" + a.claimId + "/approvals");
    }
}
