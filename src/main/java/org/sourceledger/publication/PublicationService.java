package org.sourceledger.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sourceledger.claim.ClaimFacts;
import org.sourceledger.claim.ClaimService;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;
import org.sourceledger.security.CurrentActor;
import org.sourceledger.story.StoryResponse;
import org.sourceledger.story.StoryService;

/** Evaluates stories against their desk's policy, and records overrides (docs/publication.md). */
@ApplicationScoped
public class PublicationService {

    private static final TypeReference<Map<UUID, Long>> VERSIONS = new TypeReference<>() {};
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

    private final PolicyService policies;
    private final ApprovalRepository approvals;
    private final OverrideRepository overrides;
    private final ClaimService claims;
    private final StoryService stories;
    private final CurrentActor actor;
    private final ChangeEvents events;
    private final ObjectMapper json;

    PublicationService(
            PolicyService policies,
            ApprovalRepository approvals,
            OverrideRepository overrides,
            ClaimService claims,
            StoryService stories,
            CurrentActor actor,
            ChangeEvents events,
            ObjectMapper json) {
        this.policies = policies;
        this.approvals = approvals;
        this.overrides = overrides;
        this.claims = claims;
        this.stories = stories;
        this.actor = actor;
        this.events = events;
        this.json = json;
    }

    /** The dry run: what publishing the story now would find. */
    @Transactional
    public Evaluation evaluate(UUID storyId) {
        var story = stories.get(storyId);
        return evaluate(storyId, story.version(), story.body().desk()).evaluation();
    }

    /** An evaluation, with what it was made on, for the gate and for overrides. */
    record Outcome(
            Evaluation evaluation,
            PolicyResponse policy,
            List<ClaimFacts> claims,
            Optional<PublicationOverride> validOverride) {}

    Outcome evaluate(UUID storyId, long storyVersion, String desk) {
        PolicyResponse policy = policies.applicable(desk);
        List<ClaimFacts> facts = claims.factsOfStory(storyId);
        Map<UUID, List<ClaimApproval>> byClaim =
                approvals.ofClaims(facts.stream().map(ClaimFacts::id).toList()).stream()
                        .collect(Collectors.groupingBy(a -> a.claimId));
        PolicyCheck.Result result = PolicyCheck.check(policy.rules().complete(), facts, byClaim);
        Optional<PublicationOverride> newest = overrides.newest(storyId);
        // An override only ever excuses violations: with none, a publish passes on its own and uses nothing up.
        Optional<PublicationOverride> valid = result.violations().isEmpty()
                ? Optional.empty()
                : newest.filter(o -> o.usedAt == null && covers(o, storyVersion, facts, result.violations()));
        boolean publishable = result.violations().isEmpty() || valid.isPresent();
        OverrideResponse shown =
                newest.map(o -> view(o, valid.isPresent() && valid.get() == o)).orElse(null);
        return new Outcome(
                new Evaluation(
                        storyId,
                        policy.desk(),
                        policy.version(),
                        publishable,
                        result.violations(),
                        result.warnings(),
                        shown),
                policy,
                facts,
                valid);
    }

    /**
     * Records an editor's override of the story's current violations. It holds only while the story and every claim
     * stay at the versions it was made on, and for one publish.
     */
    @Transactional
    public OverrideResponse override(UUID storyId, OverrideInput input) {
        var story = stories.get(storyId);
        Outcome outcome = evaluate(storyId, story.version(), story.body().desk());
        if (outcome.evaluation().violations().isEmpty()) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The story breaks no rule of its policy; there is nothing to override.");
        }
        PublicationOverride o = new PublicationOverride();
        o.id = UUID.randomUUID();
        o.storyId = storyId;
        o.reason = input.reason();
        o.createdBy = actor.name();
        o.createdAt = Timestamps.now();
        o.storyVersion = story.version();
        o.claimVersions = write(versions(outcome.claims()));
        o.violations = write(outcome.evaluation().violations());
        o.policyDesk = outcome.policy().desk();
        o.policyVersion = outcome.policy().version();
        overrides.persistAndFlush(o);
        OverrideResponse view = view(o, true);
        events.created(
                EventTypes.PUBLICATION_OVERRIDE_RECORDED,
                ChangeEvents.Resource.of(
                        "publication_override", o.id, 0, "/stories/" + storyId + "/publication-overrides"),
                view);
        return view;
    }

    public Page<OverrideResponse> overrides(UUID storyId, PageRequest page) {
        var story = stories.get(storyId);
        List<ClaimFacts> facts = claims.factsOfStory(storyId);
        return Page.of(
                overrides.page(storyId, page),
                page,
                o -> o.createdAt,
                o -> o.id,
                o -> view(o, o.usedAt == null && sameVersions(o, story.version(), facts)));
    }

    /** The gate, in the publishing transaction: throws 409 publication-blocked, or uses up the override that lets it pass. */
    List<Finding> gate(UUID storyId, long storyVersion, String desk) {
        Outcome outcome = evaluate(storyId, storyVersion, desk);
        if (!outcome.evaluation().publishable()) {
            return outcome.evaluation().violations();
        }
        var now = Timestamps.now();
        overrides.supersedeUsed(storyId, now);
        outcome.validOverride().ifPresent(o -> o.usedAt = now);
        return List.of();
    }

    /**
     * After a change to one of its claims: a published story that now breaks its policy (beyond what the override it
     * was published with accepted) is marked VIOLATED, once, with a story.policy_violated event.
     */
    void recheck(UUID storyId) {
        StoryResponse story = stories.lockForPolicy(storyId);
        if (story.policyStatus() != org.sourceledger.story.PolicyStatus.OK) {
            return;
        }
        Outcome outcome = evaluate(storyId, -1, story.desk());
        Set<String> accepted = overrides
                .inForce(storyId)
                .map(o -> read(o.violations, FINDINGS).stream()
                        .map(PublicationService::key)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        List<Finding> fresh = outcome.evaluation().violations().stream()
                .filter(f -> !accepted.contains(key(f)))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        stories.markPolicyViolated(storyId).ifPresent(version -> {
            var changes = events.diff(
                    Map.of("policy_status", "OK"), Map.of("policy_status", "VIOLATED", "violations", fresh));
            events.record(
                    EventTypes.STORY_POLICY_VIOLATED,
                    ChangeEvents.Resource.of("story", storyId, version, "/stories/" + storyId),
                    changes);
        });
    }

    private static String key(Finding f) {
        return f.claimId() + "/" + f.rule();
    }

    private boolean covers(PublicationOverride o, long storyVersion, List<ClaimFacts> facts, List<Finding> current) {
        if (!sameVersions(o, storyVersion, facts)) {
            return false;
        }
        Set<String> overridden = new HashSet<>();
        read(o.violations, FINDINGS).forEach(f -> overridden.add(key(f)));
        return current.stream().allMatch(f -> overridden.contains(key(f)));
    }

    private boolean sameVersions(PublicationOverride o, long storyVersion, List<ClaimFacts> facts) {
        return o.storyVersion == storyVersion && read(o.claimVersions, VERSIONS).equals(versions(facts));
    }

    private static Map<UUID, Long> versions(List<ClaimFacts> facts) {
        Map<UUID, Long> versions = new LinkedHashMap<>();
        facts.forEach(f -> versions.put(f.id(), f.version()));
        return versions;
    }

    private OverrideResponse view(PublicationOverride o, boolean valid) {
        return new OverrideResponse(
                o.id,
                o.storyId,
                o.reason,
                o.createdBy,
                o.createdAt,
                "\"" + o.storyVersion + "\"",
                read(o.violations, FINDINGS),
                valid,
                o.usedAt);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored override is not valid JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
