package org.sourceledger.claim;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sourceledger.verification.VerificationStatus;

@Schema(name = "SourcingSummary", description = "How a story's claims are sourced and corroborated: what an editor "
        + "reads before publishing.")
public record SourcingSummary(
        @Schema(required = true) UUID storyId,
        @Schema(required = true, minimum = "0", maximum = "2147483647") int totalClaims,
        @Schema(required = true, minItems = 9, maxItems = 9, description = "Claims at each of the nine sourcing levels, all nine always listed.")
        List<LevelCount> bySourcingLevel,
        @Schema(required = true, minimum = "0", maximum = "1", description = "Anonymous claims ÷ all claims; 0 without claims.",
                examples = "0.25")
        double anonymousShare,
        @Schema(required = true, minItems = 4, maxItems = 4, description = "Claims at each verification status, all four always listed.")
        List<StatusCount> byVerificationStatus,
        @Schema(required = true, maxItems = 1000, description = "Anonymous claims that no independent source corroborates; "
                + "the oldest 1000 are listed.")
        List<UUID> uncorroboratedAnonymousClaimIds,
        @Schema(required = true, maxItems = 1000, description = "The first 1000 warnings, oldest claims first.")
        List<Warning> warnings) {

    @Schema(name = "SourcingLevelCount")
    public record LevelCount(@Schema(required = true) SourcingLevel sourcingLevel,
            @Schema(required = true, minimum = "0", maximum = "2147483647") int claims) {
    }

    @Schema(name = "VerificationStatusCount")
    public record StatusCount(@Schema(required = true) VerificationStatus verificationStatus,
            @Schema(required = true, minimum = "0", maximum = "2147483647") int claims) {
    }

    @Schema(name = "SourcingWarningKind", description = "PLURAL_SOURCES_SINGLE_COUNT: the description speaks of "
            + "\"sources\" but source_count is 1. ANONYMOUS_WITHOUT_GROUND_RULES: an anonymous claim does not record "
            + "the ground rules the source spoke under.")
    public enum WarningKind {
        PLURAL_SOURCES_SINGLE_COUNT,
        ANONYMOUS_WITHOUT_GROUND_RULES
    }

    @Schema(name = "SourcingWarning")
    public record Warning(@Schema(required = true) UUID claimId, @Schema(required = true) WarningKind kind,
            @Schema(required = true, maxLength = 1000) String detail) {
    }
}
