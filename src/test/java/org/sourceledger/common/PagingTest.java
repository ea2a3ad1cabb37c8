package org.sourceledger.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourceledger.common.paging.Cursor;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

class PagingTest {

    @Test
    void cursorRoundTripsToTheMicrosecond() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-28T09:31:12.204518Z"), UUID.randomUUID());
        assertEquals(cursor, Cursor.decode(cursor.encode()));
    }

    @Test
    void limitDefaultsAndBounds() {
        assertEquals(50, PageRequest.of(null, null).limit());
        assertEquals(200, PageRequest.of(200, null).limit());
        assertThrows(ProblemException.class, () -> PageRequest.of(0, null));
        assertThrows(ProblemException.class, () -> PageRequest.of(201, null));
        assertThrows(ProblemException.class, () -> PageRequest.of(10, "bm90IGEgY3Vyc29y"));
    }

    @Test
    void pageCutsTheExtraRowAndPointsAtTheLastItem() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        List<Integer> rows = IntStream.range(0, 4).boxed().toList();
        UUID last = new UUID(0, 2);
        Page<Integer> page = Page.of(rows, new PageRequest(3, null), i -> now, i -> new UUID(0, i), i -> i);
        assertEquals(List.of(0, 1, 2), page.items());
        assertEquals(new Cursor(now, last), Cursor.decode(page.nextCursor()));

        Page<Integer> lastPage =
                Page.of(rows.subList(0, 3), new PageRequest(3, null), i -> now, i -> new UUID(0, i), i -> i);
        assertNull(lastPage.nextCursor());
    }
}
