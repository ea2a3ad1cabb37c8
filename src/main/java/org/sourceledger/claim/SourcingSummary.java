package org.sourceledger.claim;

import java.util.List;
import java.util.UUID;
import org.sourceledger.verification.VerificationStatus;

public record SourcingSummary(
        UUID storyId,
        int totalClaims,
        List<LevelCount> bySourcingLevel,
        double anonymousShare,
        List<StatusCount> byVerificationStatus,
        List<UUID> uncorroboratedAnonymousClaimIds,
        List<Warning> warnings,
        org.sourceledger.story.PolicyStatus policyStatus) {

    public record LevelCount(SourcingLevel sourcingLevel, int claims) {}

    public record StatusCount(VerificationStatus verificationStatus, int claims) {}

    public enum WarningKind {
        PLURAL_SOURCES_SINGLE_COUNT,
        ANONYMOUS_WITHOUT_GROUND_RULES
    }

    public record Warning(UUID claimId, WarningKind kind, String detail) {}
}
