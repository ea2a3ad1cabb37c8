package org.sourceledger.story;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<Story, UUID> {

    /** Newest first; the row-value comparison is served by stories_keyset_idx. */
    public List<Story> page(PageRequest page) {
        if (page.after() == null) {
            return find("order by createdAt desc, id desc")
                    .page(0, page.fetchSize())
                    .list();
        }
        return find(
                        "(createdAt, id) < (?1, ?2) order by createdAt desc, id desc",
                        page.after().createdAt(),
                        page.after().id())
                .page(0, page.fetchSize())
                .list();
    }

    /** The story, or 404. */
    public Story require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("story", id));
    }
}
