package org.sourceledger.verdict;

import java.util.UUID;

/** The claims that carry verdicts, as the verdict feature reads and locks them; implemented by the claim feature. */
public interface VerdictClaims {

    /** The claim, or 404. */
    VerdictedClaim require(UUID claimId);

    /** The claim with its row locked (SELECT … FOR UPDATE), or 404. */
    VerdictedClaim requireForUpdate(UUID claimId);
}
