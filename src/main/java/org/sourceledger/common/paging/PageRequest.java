package org.sourceledger.common.paging;

import org.sourceledger.common.problem.ProblemException;

/** A validated request for one page: how many items, and after which position. */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Cursor after = null;
        if (cursor != null && !cursor.isEmpty()) {
            try {
                after = Cursor.decode(cursor);
            } catch (RuntimeException e) {
                throw ProblemException.invalidParameter(
                        "cursor",
                        "is not a cursor issued by this service; pass next_cursor from the previous page unchanged");
            }
        }
        return new PageRequest(size, after);
    }

    /** Repositories fetch one extra row to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
