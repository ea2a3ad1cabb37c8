package org.sourceledger.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sourceledger.claim.ClaimRepository.SummaryRow;
import org.sourceledger.story.StoryService;
import org.sourceledger.verification.VerificationStatus;

@ApplicationScoped
public class SourcingSummaryService {

    /** Lists in the summary name at most this many claims (oldest first); the counts are always complete. */
    static final int MAX_LISTED = 1000;

    private final ClaimRepository claims;
    private final StoryService stories;

    public SourcingSummaryService(ClaimRepository claims, StoryService stories) {
        this.claims = claims;
        this.stories = stories;
    }

    @Transactional
    public SourcingSummary summarise(UUID storyId) {
        var policyStatus = stories.get(storyId).body().policyStatus();
        Map<SourcingLevel, Integer> levels = new EnumMap<>(SourcingLevel.class);
        Map<VerificationStatus, Integer> statuses = new EnumMap<>(VerificationStatus.class);
        claims.countsByLevelAndStatus(storyId).forEach(row -> {
            levels.merge(row.level(), row.claims(), Integer::sum);
            statuses.merge(row.status(), row.claims(), Integer::sum);
        });
        int total = levels.values().stream().mapToInt(Integer::intValue).sum();
        int anonymous = levels.getOrDefault(SourcingLevel.ANONYMOUS, 0);

        List<UUID> uncorroborated = new ArrayList<>();
        List<SourcingSummary.Warning> warnings = new ArrayList<>();
        for (SummaryRow claim : claims.summaryCandidates(storyId)) {
            if (claim.level() == SourcingLevel.ANONYMOUS
                    && claim.independentCorroborations() == 0
                    && uncorroborated.size() < MAX_LISTED) {
                uncorroborated.add(claim.id());
            }
            warningsFor(claim).stream().limit(MAX_LISTED - warnings.size()).forEach(warnings::add);
        }
        return new SourcingSummary(
                storyId,
                total,
                java.util.Arrays.stream(SourcingLevel.values())
                        .map(level -> new SourcingSummary.LevelCount(level, levels.getOrDefault(level, 0)))
                        .toList(),
                total == 0 ? 0 : (double) anonymous / total,
                java.util.Arrays.stream(VerificationStatus.values())
                        .map(status -> new SourcingSummary.StatusCount(status, statuses.getOrDefault(status, 0)))
                        .toList(),
                uncorroborated,
                warnings,
                policyStatus);
    }

    static List<SourcingSummary.Warning> warningsFor(SummaryRow claim) {
        List<SourcingSummary.Warning> warnings = new ArrayList<>();
        if (Attribution.pluralSourcesForOne(claim.sourceDescription(), claim.sourceCount())) {
            warnings.add(new SourcingSummary.Warning(
                    claim.id(),
                    SourcingSummary.WarningKind.PLURAL_SOURCES_SINGLE_COUNT,
                    "The description \"" + claim.sourceDescription() + "\" speaks of sources, but source_count is 1."));
        }
        if (claim.level() == SourcingLevel.ANONYMOUS && claim.groundRules() == null) {
            warnings.add(
                    new SourcingSummary.Warning(
                            claim.id(),
                            SourcingSummary.WarningKind.ANONYMOUS_WITHOUT_GROUND_RULES,
                            "The anonymous source's ground rules (BACKGROUND, DEEP_BACKGROUND or NOT_FOR_ATTRIBUTION) are not recorded."));
        }
        return warnings;
    }
}
