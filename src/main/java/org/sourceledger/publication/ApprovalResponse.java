package org.sourceledger.publication;

import java.time.Instant;
import java.util.UUID;

/** An approval as the API shows it; {@code current} when it still counts towards the policy. */
public record ApprovalResponse(
        UUID id,
        UUID claimId,
        ClaimApproval.Kind kind,
        String note,
        String approver,
        Instant approvedAt,
        String claimVersion,
        boolean identityKnown,
        boolean current,
        Instant withdrawnAt,
        String withdrawnBy) {

    static ApprovalResponse of(ClaimApproval a, int currentSubstanceRevision) {
        return new ApprovalResponse(
                a.id,
                a.claimId,
                a.kind,
                a.note,
                a.approver,
                a.approvedAt,
                "\"" + a.claimVersion + "\"",
                a.identityKnown,
                a.countsFor(currentSubstanceRevision),
                a.withdrawnAt,
                a.withdrawnBy);
    }
}
