package org.sourceledger.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a keyset-paginated list, as the API returns it. */
public record Page<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

    /**
     * Cuts a result fetched with {@link PageRequest#fetchSize()} down to the page and works out the next cursor.
     */
    public static <E, T> Page<T> of(
            List<E> rows,
            PageRequest request,
            Function<E, Instant> createdAt,
            Function<E, UUID> id,
            Function<E, T> mapper) {
        boolean more = rows.size() > request.limit();
        List<E> pageRows = more ? rows.subList(0, request.limit()) : rows;
        String next = null;
        if (more) {
            E last = pageRows.get(pageRows.size() - 1);
            next = new Cursor(createdAt.apply(last), id.apply(last)).encode();
        }
        return new Page<>(pageRows.stream().map(mapper).toList(), next);
    }
}
