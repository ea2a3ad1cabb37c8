package org.sourceledger.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
public class StoryRepository implements NewestFirst<Story> {

    /** Newest first; the row-value comparison is served by stories_keyset_idx. */
    public List<Story> page(PageRequest page) {
        return newestFirst(page);
    }

    /** The story, locked for this transaction, or 404. */
    public Story requireForUpdate(UUID id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("story", id));
    }

    /** The story, or 404. */
    public Story require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("story", id));
    }
}
