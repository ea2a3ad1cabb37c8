package org.sourceledger.verification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The claims whose figures verification derives, as verification needs to read and lock them. Implemented by the
 * claim feature, so that verification depends on no feature (docs/architecture.md, Provenance locking).
 */
public interface VerifiedClaims {

    /** The claim, or 404. */
    VerifiedClaim require(UUID claimId);

    /** The claim with its row locked (SELECT … FOR UPDATE), or 404. */
    VerifiedClaim requireForUpdate(UUID claimId);

    /** Locks the rows of those of the given claims that exist, in ascending id order, and returns them in it. */
    List<? extends VerifiedClaim> lockAll(Collection<UUID> claimIds);
}
