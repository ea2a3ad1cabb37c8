package org.sourceledger.verification;

import java.util.UUID;

/** What verification needs of a claim: its id and its derived figures (implemented by the claim feature). */
public interface VerifiedClaim {

    UUID id();

    ClaimVerification verification();

    /** The claim's version (its ETag), as of the last flush. */
    long version();
}
