package org.sourceledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;

@ApplicationScoped
class OverrideRepository implements NewestFirst<PublicationOverride> {

    /** The newest override of the story, used or not. */
    Optional<PublicationOverride> newest(UUID storyId) {
        return find("storyId = ?1 order by createdAt desc, id desc", storyId).firstResultOptional();
    }

    /** The override the story's current publication passed with, if it needed one. */
    Optional<PublicationOverride> inForce(UUID storyId) {
        return find("storyId = ?1 and usedAt is not null and supersededAt is null order by usedAt desc", storyId)
                .firstResultOptional();
    }

    /** A new publish: whatever an earlier publication was excused no longer is. */
    void supersedeUsed(UUID storyId, java.time.Instant at) {
        update("supersededAt = ?1 where storyId = ?2 and usedAt is not null and supersededAt is null", at, storyId);
    }

    List<PublicationOverride> page(UUID storyId, PageRequest page) {
        return newestFirst(page, "storyId = ?1", storyId);
    }
}
