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

    /** The override the story was last published with, if any. */
    Optional<PublicationOverride> lastUsed(UUID storyId) {
        return find("storyId = ?1 and usedAt is not null order by usedAt desc", storyId)
                .firstResultOptional();
    }

    List<PublicationOverride> page(UUID storyId, PageRequest page) {
        return newestFirst(page, "storyId = ?1", storyId);
    }
}
