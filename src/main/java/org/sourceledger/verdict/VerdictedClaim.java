package org.sourceledger.verdict;

import java.time.Instant;
import java.util.UUID;

/** What the verdict feature needs of a claim (implemented by the claim feature): the verdict is part of the claim. */
public interface VerdictedClaim {

    UUID id();

    /** The claim's version, which is also the verdict's (its ETag). */
    long version();

    /** Null when the claim has no verdict. */
    ClaimVerdict verdict();

    /** Records the verdict, or removes it when null, as a change of the claim made at {@code at}. */
    void changeVerdict(ClaimVerdict verdict, Instant at);
}
