package org.sourceledger.story;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.events.ChangeEvents;
import org.sourceledger.events.EventTypes;
import org.sourceledger.history.HistoryEntry;
import org.sourceledger.history.HistoryService;

@ApplicationScoped
public class StoryService {

    private final StoryRepository stories;
    private final Event<StoryDeleting> deleting;
    private final MergePatch mergePatch;
    private final HistoryService history;
    private final ChangeEvents events;
    private final Event<StoryPublishing> publishing;

    public StoryService(
            StoryRepository stories,
            Event<StoryDeleting> deleting,
            Event<StoryPublishing> publishing,
            MergePatch mergePatch,
            HistoryService history,
            ChangeEvents events) {
        this.stories = stories;
        this.deleting = deleting;
        this.mergePatch = mergePatch;
        this.history = history;
        this.events = events;
        this.publishing = publishing;
    }

    @Transactional
    public Versioned<StoryResponse> create(StoryInput input) {
        Story story = new Story();
        story.id = UUID.randomUUID();
        story.createdAt = Timestamps.now();
        story.updatedAt = story.createdAt;
        apply(story, input);
        if (story.state == StoryState.PUBLISHED) {
            // Created as published: it has no claims yet, so the gate passes, and from now on it is watched.
            publishing.fire(new StoryPublishing(story.id, 0, story.desk));
            story.policyStatus = PolicyStatus.OK;
        }
        stories.persistAndFlush(story);
        events.created(EventTypes.STORY_CREATED, resource(story), StoryResponse.from(story));
        return view(story);
    }

    /** One statement, so no transaction: see docs/architecture.md, Transactions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<StoryResponse> get(UUID id) {
        return view(stories.require(id));
    }

    /** One statement, so no transaction: see docs/architecture.md, Transactions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StoryResponse> list(PageRequest page) {
        return Page.of(stories.page(page), page, s -> s.createdAt, s -> s.id, StoryResponse::from);
    }

    @Transactional
    public Versioned<StoryResponse> patch(UUID id, JsonNode patch, String ifMatch) {
        // Locked: a publish and a claim change that re-checks a published story (lockForPolicy) take turns, so
        // neither can miss the other's commit.
        Story story = stories.requireForUpdate(id);
        ETags.requireMatch(ifMatch, story.version);
        StoryInput merged = mergePatch.applyValidated(toInput(story), patch, StoryInput.class);
        StoryResponse before = StoryResponse.from(story);
        apply(story, merged);
        boolean published = before.state() != StoryState.PUBLISHED && story.state == StoryState.PUBLISHED;
        if (published) {
            // The gate: an observer refuses the publish (409) when the story breaks its desk's policy.
            publishing.fire(new StoryPublishing(story.id, story.version, story.desk));
            story.policyStatus = PolicyStatus.OK;
        } else if (story.state != StoryState.PUBLISHED) {
            story.policyStatus = null;
        }
        story.updatedAt = Timestamps.now();
        stories.flush();
        events.updated(
                published ? EventTypes.STORY_PUBLISHED : EventTypes.STORY_UPDATED,
                resource(story),
                before,
                StoryResponse.from(story));
        return view(story);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Story story = stories.require(id);
        ETags.requireMatch(ifMatch, story.version);
        // Claims refuse while the story still has some (STORY_HAS_CLAIMS); the foreign key catches a race.
        deleting.fire(new StoryDeleting(id));
        stories.delete(story);
        stories.flush();
        events.deleted(EventTypes.STORY_DELETED, resource(story), StoryResponse.from(story));
    }

    private static ChangeEvents.Resource resource(Story story) {
        return ChangeEvents.Resource.of("story", story.id, story.version, "/stories/" + story.id);
    }

    /** The story's audit history, each snapshot as the API shows a story; 404 if it never existed. */
    public Page<HistoryEntry<StoryResponse>> history(UUID id, PageRequest page) {
        return history.of(Story.class, "story", id, page, StoryResponse::from);
    }

    /**
     * For the publication gate: marks a published story as breaking its policy after a later change. Returns the
     * story's new version, or empty when it is not published or already marked.
     */
    /**
     * For the publication gate, after a change to one of the story's claims: the story, locked until the end of the
     * transaction, so a publish in flight finishes first (and this change then sees it), or waits for this one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoryResponse lockForPolicy(UUID id) {
        return StoryResponse.from(stories.requireForUpdate(id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> markPolicyViolated(UUID id) {
        Story story = stories.require(id);
        if (story.state != StoryState.PUBLISHED || story.policyStatus == PolicyStatus.VIOLATED) {
            return Optional.empty();
        }
        story.policyStatus = PolicyStatus.VIOLATED;
        story.updatedAt = Timestamps.now();
        stories.flush();
        return Optional.of(story.version);
    }

    /** For other features that accept a story id: answers 400 with the pointer they name when it is unknown. */
    public void requireExists(UUID id, String pointer) {
        if (id != null && stories.findByIdOptional(id).isEmpty()) {
            throw ProblemException.invalidField(pointer, "no story with id " + id + " exists");
        }
    }

    /** The story's URL, when the story exists and has one. */
    public Optional<String> urlOf(UUID id) {
        return stories.findByIdOptional(id).map(story -> story.url);
    }

    /** For other features that act on a story: answers 404 when it does not exist. */
    public void requireExists(UUID id) {
        stories.require(id);
    }

    private static void apply(Story story, StoryInput input) {
        story.headline = input.headline();
        story.url = input.url();
        story.desk = input.desk();
        story.state = input.state() == null ? StoryState.DRAFT : input.state();
    }

    private static StoryInput toInput(Story story) {
        return new StoryInput(story.headline, story.url, story.desk, story.state);
    }

    private static Versioned<StoryResponse> view(Story story) {
        return new Versioned<>(StoryResponse.from(story), story.version);
    }
}
