package org.sourceledger.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Keyset pages, newest first, for a Panache repository of entities with {@code createdAt} and {@code id}: the
 * row-value comparison {@code (createdAt, id) < (?, ?)} is served by each table's keyset index. One page fetches
 * one extra row, so {@link Page} can tell whether another follows.
 */
public interface NewestFirst<E> extends PanacheRepositoryBase<E, UUID> {

    default List<E> newestFirst(PageRequest page) {
        return newestFirst(page, "");
    }

    /** {@code filter} is a JPQL condition on its own positional parameters {@code ?1..?n}, given in order. */
    default List<E> newestFirst(PageRequest page, String filter, Object... filterParameters) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(filterParameters));
        List<String> conditions = new ArrayList<>();
        if (!filter.isEmpty()) {
            conditions.add(filter);
        }
        if (page.after() != null) {
            parameters.add(page.after().createdAt());
            parameters.add(page.after().id());
            conditions.add("(createdAt, id) < (?" + (parameters.size() - 1) + ", ?" + parameters.size() + ")");
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return find(where + "order by createdAt desc, id desc", parameters.toArray())
                .page(0, page.fetchSize())
                .list();
    }
}
