package org.sourceledger.publication;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sourceledger.claim.ClaimService;
import org.sourceledger.common.problem.Problem;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventRecorded;
import org.sourceledger.events.EventTypes;
import org.sourceledger.story.StoryPublishing;

/**
 * Where the policy acts: when a story is published (refused with 409 publication-blocked, changing nothing), and
 * after, when a change to one of its claims makes a published story break its policy.
 */
@ApplicationScoped
class PublicationGate {

    /** Events after which a published story's claims may break its policy. */
    private static final Set<String> CLAIM_CHANGES = Set.of(
            EventTypes.CLAIM_CREATED,
            EventTypes.CLAIM_UPDATED,
            EventTypes.CLAIM_VERIFICATION_CHANGED,
            EventTypes.VERDICT_RECORDED,
            EventTypes.VERDICT_REMOVED);

    private final PublicationService publication;
    private final ClaimService claims;
    private final ApprovalRepository approvals;
    private final ChangeEvents events;
    private final PolicyRechecks rechecks;

    PublicationGate(
            PublicationService publication,
            ClaimService claims,
            ApprovalRepository approvals,
            ChangeEvents events,
            PolicyRechecks rechecks) {
        this.publication = publication;
        this.claims = claims;
        this.approvals = approvals;
        this.events = events;
        this.rechecks = rechecks;
    }

    void onPublish(@Observes StoryPublishing publishing) {
        List<Finding> violations = publication.gate(publishing.storyId(), publishing.version(), publishing.desk());
        if (violations.isEmpty()) {
            return;
        }
        // The publish rolls back; the attempt is recorded in its own transaction, so the feed still tells of it.
        QuarkusTransaction.requiringNew()
                .run(() -> events.record(
                        EventTypes.STORY_PUBLICATION_BLOCKED,
                        ChangeEvents.Resource.of(
                                "story",
                                publishing.storyId(),
                                publishing.version(),
                                "/stories/" + publishing.storyId()),
                        events.diff(Map.of(), Map.of("violations", violations))));
        throw new ProblemException(Problem.withExtensions(
                ProblemType.PUBLICATION_BLOCKED,
                violations.size() + " rule(s) of the desk's publication policy are broken; nothing was changed. "
                        + "Fix them (each violation names its remedy), or have an editor record an override.",
                Map.of("violations", violations)));
    }

    void afterChange(@Observes EventRecorded event) {
        UUID claimId = null;
        if (CLAIM_CHANGES.contains(event.type())) {
            claimId = UUID.fromString(event.subject());
        } else if (event.type().equals(EventTypes.APPROVAL_WITHDRAWN)) {
            claimId = approvals
                    .findByIdOptional(UUID.fromString(event.subject()))
                    .map(a -> a.claimId)
                    .orElse(null);
        }
        if (claimId != null) {
            claims.storyOf(claimId).ifPresent(rechecks::schedule);
        }
    }
}
