package org.sourceledger.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.crypto.IdentityCipher;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.json.StorableTextDeserializer;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;
import org.sourceledger.history.HistoryEntry;
import org.sourceledger.history.HistoryService;
import org.sourceledger.security.CurrentActor;
import org.sourceledger.story.StoryDeleting;
import org.sourceledger.story.StoryService;

@ApplicationScoped
public class ClaimService {

    static final int MAX_QUERY_LENGTH = 200;
    private static final String CONFIDENTIAL_IDENTITY = "confidential_identity";
    /** Counter, tagged with sourcing_level: how a newsroom sources what it publishes, over time. */
    /** Stands for a confidential identity in events: they say whether one is recorded, never what it is. */
    private static final JsonNode REDACTED = TextNode.valueOf("[redacted]");

    static final String CLAIMS_CREATED = "sourceledger.claims.created";

    private final ClaimRepository claims;
    private final StoryService stories;
    private final MergePatch mergePatch;
    private final CurrentActor actor;
    private final IdentityCipher identityCipher;
    private final MeterRegistry metrics;
    private final HistoryService history;
    private final ChangeEvents events;

    public ClaimService(
            ClaimRepository claims,
            StoryService stories,
            MergePatch mergePatch,
            CurrentActor actor,
            IdentityCipher identityCipher,
            MeterRegistry metrics,
            HistoryService history,
            ChangeEvents events) {
        this.claims = claims;
        this.stories = stories;
        this.mergePatch = mergePatch;
        this.actor = actor;
        this.identityCipher = identityCipher;
        this.metrics = metrics;
        this.history = history;
        this.events = events;
    }

    @Transactional
    public Versioned<ClaimResponse> create(ClaimInput input) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.createdAt = Timestamps.now();
        claim.updatedAt = claim.createdAt;
        claim.createdBy = actor.name();
        claim.substanceChangedAt = claim.createdAt;
        apply(claim, input);
        if (input.confidentialIdentity() != null) {
            claim.confidentialIdentity = identityCipher.encrypt(claim.id, input.confidentialIdentity());
        }
        claims.persistAndFlush(claim);
        ObjectNode changes = events.diff(null, ClaimResponse.from(claim));
        if (claim.confidentialIdentity != null) {
            ChangeEvents.change(changes, CONFIDENTIAL_IDENTITY, null, REDACTED);
        }
        events.record(EventTypes.CLAIM_CREATED, resource(claim), changes);
        metrics.counter(CLAIMS_CREATED, "sourcing_level", claim.sourcingLevel.name())
                .increment();
        return view(claim);
    }

    /** One statement, so no transaction: see docs/architecture.md, Transactions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ClaimResponse> get(UUID id) {
        return view(claims.require(id));
    }

    /** One statement, so no transaction: see docs/architecture.md, Transactions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClaimResponse> list(ClaimFilter filter, PageRequest page) {
        return Page.of(claims.page(checked(filter), page), page, c -> c.createdAt, c -> c.id, ClaimResponse::from);
    }

    @Transactional
    public Page<ClaimResponse> listForStory(UUID storyId, ClaimFilter filter, PageRequest page) {
        stories.requireExists(storyId);
        return list(filter.withStory(storyId), page);
    }

    @Transactional
    public Versioned<ClaimResponse> patch(UUID id, JsonNode patch, String ifMatch) {
        // Locked so that a link added meanwhile (which bumps the version) cannot turn this patch into a 412.
        Claim claim = claims.requireForUpdate(id);
        ETags.requireMatch(ifMatch, claim.version);
        ClaimInput merged = mergePatch.applyValidated(toInput(claim), patch, ClaimInput.class);
        ClaimResponse before = ClaimResponse.from(claim);
        byte[] identityBefore = claim.confidentialIdentity;
        applyConfidentialIdentity(claim, merged, patch.has(CONFIDENTIAL_IDENTITY));
        apply(claim, merged);
        claim.updatedAt = Timestamps.now();
        if (substanceChanged(before, ClaimResponse.from(claim), identityBefore, claim.confidentialIdentity)) {
            claim.substanceRevision++;
            claim.substanceChangedAt = claim.updatedAt;
        }
        claims.flush();
        ObjectNode changes = events.diff(before, ClaimResponse.from(claim));
        if (!java.util.Arrays.equals(identityBefore, claim.confidentialIdentity)) {
            // Only whether an identity is recorded, never the identity: events reach every READER.
            ChangeEvents.change(
                    changes,
                    CONFIDENTIAL_IDENTITY,
                    identityBefore == null ? null : REDACTED,
                    claim.confidentialIdentity == null ? null : REDACTED);
        }
        if (!changes.isEmpty()) {
            events.record(EventTypes.CLAIM_UPDATED, resource(claim), changes);
        }
        return view(claim);
    }

    /** The claim's links go with it (ON DELETE CASCADE); the reports stay. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Claim claim = claims.require(id);
        ETags.requireMatch(ifMatch, claim.version);
        claims.delete(claim);
        claims.flush();
        events.deleted(EventTypes.CLAIM_DELETED, resource(claim), ClaimResponse.from(claim));
    }

    private static ChangeEvents.Resource resource(Claim claim) {
        return ChangeEvents.Resource.of("claim", claim.id, claim.version, "/claims/" + claim.id);
    }

    /** The claim's audit history, each snapshot as the API shows a claim; 404 if it never existed. */
    public Page<HistoryEntry<ClaimResponse>> history(UUID id, PageRequest page) {
        return history.of(Claim.class, "claim", id, page, ClaimResponse::from);
    }

    /** A story keeps its claims: deleting it is refused while any claim belongs to it. */
    void refuseWhileStoryHasClaims(@Observes StoryDeleting deleting) {
        if (claims.existsForStory(deleting.storyId())) {
            throw new ProblemException(
                    ProblemType.STORY_HAS_CLAIMS,
                    "The story still has claims; delete them or move them to another story first.");
        }
    }

    /** For the publication policy: every claim of a story, in one query. */
    public java.util.List<ClaimFacts> factsOfStory(UUID storyId) {
        return claims.find("storyId = ?1 order by createdAt, id", storyId).list().stream()
                .map(ClaimFacts::of)
                .toList();
    }

    /** For the publication policy: one claim's facts; 404 when it does not exist. */
    public ClaimFacts facts(UUID id) {
        return ClaimFacts.of(claims.require(id));
    }

    /** The story a claim belongs to, if it exists and belongs to one. */
    public Optional<UUID> storyOf(UUID id) {
        return claims.findByIdOptional(id).map(claim -> claim.storyId);
    }

    /** For other features that act on a claim: answers 404 when it does not exist. */
    public void requireExists(UUID id) {
        claims.require(id);
    }

    /**
     * For confidential identity reads: the AES-GCM ciphertext of the claim's source identity, if one is recorded
     * (see IdentityCipher); 404 when the claim does not exist.
     */
    public Optional<byte[]> sealedIdentityOf(UUID id) {
        return Optional.ofNullable(claims.require(id).confidentialIdentity);
    }

    private void apply(Claim claim, ClaimInput input) {
        if (!java.util.Objects.equals(input.storyId(), claim.storyId)) {
            // Only a new or changed story needs looking up; a patch that leaves it alone costs no query.
            stories.requireExists(input.storyId(), "/story_id");
        }
        claim.storyId = input.storyId();
        claim.allegation = Boolean.TRUE.equals(input.allegation());
        claim.respondsTo = checkedReplyTarget(claim, input);
        claim.statement = input.statement();
        claim.sourcingLevel = input.sourcingLevel();
        Attribution attribution =
                input.attribution() == null ? new Attribution(null, null, null, null, null, null) : input.attribution();
        if (claim.attribution == null) {
            claim.attribution = new ClaimAttribution();
        }
        attribution.copyTo(claim.attribution);
    }

    /** responds_to names another claim of the same story: the reply and the claim it answers are published together. */
    private UUID checkedReplyTarget(Claim claim, ClaimInput input) {
        UUID target = input.respondsTo();
        if (target == null) {
            return null;
        }
        if (target.equals(claim.id)) {
            throw ProblemException.invalidField("/responds_to", "a claim cannot reply to itself");
        }
        if (input.storyId() == null) {
            throw ProblemException.invalidField("/responds_to", "needs story_id: a reply belongs to the same story");
        }
        Claim answered = claims.findByIdOptional(target)
                .orElseThrow(
                        () -> ProblemException.invalidField("/responds_to", "no claim with id " + target + " exists"));
        if (!input.storyId().equals(answered.storyId)) {
            throw ProblemException.invalidField(
                    "/responds_to", "claim " + target + " belongs to another story; a reply must be in the same story");
        }
        return target;
    }

    /**
     * The identity is never read back into the patch document (that would decrypt it on every patch): a patch that
     * names it sets or removes it, one that does not keeps it, as long as the claim stays ANONYMOUS.
     */
    private void applyConfidentialIdentity(Claim claim, ClaimInput merged, boolean named) {
        if (named) {
            claim.confidentialIdentity = merged.confidentialIdentity() == null
                    ? null
                    : identityCipher.encrypt(claim.id, merged.confidentialIdentity());
        } else if (claim.confidentialIdentity != null && merged.sourcingLevel() != SourcingLevel.ANONYMOUS) {
            throw ProblemException.invalidField(
                    "/" + CONFIDENTIAL_IDENTITY,
                    "is recorded for this claim, which "
                            + "may only stay while sourcing_level is ANONYMOUS; set it to null in the same patch");
        }
    }

    private static ClaimFilter checked(ClaimFilter filter) {
        // The contract's maxLength counts what was sent, so the length is checked before stripping.
        if (filter.q() != null && filter.q().length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        String q = filter.q() == null ? null : filter.q().strip();
        if (q != null && q.indexOf('\0') >= 0) {
            throw ProblemException.invalidParameter("q", StorableTextDeserializer.NUL_DETAIL);
        }
        return new ClaimFilter(
                filter.storyId(),
                filter.sourcingLevel(),
                filter.verificationStatus(),
                q == null || q.isEmpty() ? null : q);
    }

    private static ClaimInput toInput(Claim claim) {
        return new ClaimInput(
                claim.storyId,
                claim.statement,
                claim.sourcingLevel,
                Attribution.from(claim.attribution),
                null,
                claim.allegation,
                claim.respondsTo);
    }

    /** What an approval vouches for: statement, sourcing, attribution, confidential identity and allegation. */
    private static boolean substanceChanged(
            ClaimResponse before, ClaimResponse after, byte[] identityBefore, byte[] identityAfter) {
        return !java.util.Objects.equals(before.statement(), after.statement())
                || before.sourcingLevel() != after.sourcingLevel()
                || !java.util.Objects.equals(before.attribution(), after.attribution())
                || before.allegation() != after.allegation()
                || !java.util.Arrays.equals(identityBefore, identityAfter);
    }

    private static Versioned<ClaimResponse> view(Claim claim) {
        return new Versioned<>(ClaimResponse.from(claim), claim.version);
    }
}
