package org.sourceledger.claim;

import java.time.Instant;
import java.util.UUID;
import org.sourceledger.verdict.VerdictRating;
import org.sourceledger.verification.VerificationStatus;

/** What the publication policy reads of a claim (docs/publication.md); never the confidential identity itself. */
public record ClaimFacts(
        UUID id,
        UUID storyId,
        String statement,
        SourcingLevel sourcingLevel,
        String sourceDescription,
        Integer sourceCount,
        boolean allegation,
        UUID respondsTo,
        boolean identityRecorded,
        VerificationStatus verificationStatus,
        int independentCorroborations,
        VerdictRating verdictRating,
        String createdBy,
        long version,
        int substanceRevision,
        Instant substanceChangedAt) {

    /** "sources" in the attribution of a claim that rests on one source (see Attribution). */
    public boolean pluralSourcesForOne() {
        return Attribution.pluralSourcesForOne(sourceDescription, sourceCount);
    }

    static ClaimFacts of(Claim claim) {
        return new ClaimFacts(
                claim.id,
                claim.storyId,
                claim.statement,
                claim.sourcingLevel,
                claim.attribution == null ? null : claim.attribution.sourceDescription,
                claim.attribution == null ? null : claim.attribution.sourceCount,
                claim.allegation,
                claim.respondsTo,
                claim.confidentialIdentity != null,
                claim.verification().status(),
                claim.verification().independentCorroborations(),
                claim.verdict() == null ? null : claim.verdict().rating(),
                claim.createdBy,
                claim.version,
                claim.substanceRevision,
                claim.substanceChangedAt == null ? claim.createdAt : claim.substanceChangedAt);
    }
}
