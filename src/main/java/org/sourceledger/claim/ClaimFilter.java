package org.sourceledger.claim;

import java.util.UUID;
import org.sourceledger.verification.VerificationStatus;

/** Optional filters of the claim list; null means "any". */
public record ClaimFilter(UUID storyId, SourcingLevel sourcingLevel, VerificationStatus verificationStatus, String q) {

    public ClaimFilter withStory(UUID story) {
        return new ClaimFilter(story, sourcingLevel, verificationStatus, q);
    }
}
