package org.sourceledger.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;

/**
 * The pull feed behind GET /events. It never skips an event: it only hands out events of transactions older than the
 * oldest one still running, so an event that commits late always sorts after the position a reader already holds
 * (docs/events.md, Why no event is skipped).
 */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Duration retention;

    EventFeed(OutboxRepository outbox, ObjectMapper json, SourceLedgerConfig config) {
        this.outbox = outbox;
        this.json = json;
        this.retention = config.events().retention();
    }

    @Transactional
    public EventPage page(String after, String types, String subject, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Instant now = Timestamps.now();
        FeedPosition from = position(after, now);
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        selectors(types, exact, prefixes);
        String subjectId = subject(subject);

        long horizon = outbox.horizon();
        List<OutboxRepository.Row> rows = outbox.after(from, horizon, exact, prefixes, subjectId, size);
        List<JsonNode> items = new ArrayList<>(rows.size());
        for (OutboxRepository.Row row : rows) {
            items.add(parse(row.payload()));
        }
        FeedPosition next;
        if (rows.size() == size) {
            // Full page: more may follow right after the last event returned, and they are about as old as it is, so
            // the position ages with it: a reader that stays too far behind gets a 410, never a silent gap.
            OutboxRepository.Row last = rows.get(rows.size() - 1);
            next = new FeedPosition(last.txId(), last.seq(), last.occurredAt());
        } else {
            // Everything below the horizon has been read; what commits later has a transaction id at or above it.
            FeedPosition read = new FeedPosition(horizon - 1, Long.MAX_VALUE, now);
            next = read.isAfter(from) ? read : new FeedPosition(from.txId(), from.seq(), now);
        }
        return new EventPage(items, next.encode());
    }

    private FeedPosition position(String after, Instant now) {
        if (after == null || after.isEmpty()) {
            return FeedPosition.start(now);
        }
        FeedPosition position;
        try {
            position = FeedPosition.decode(after);
        } catch (RuntimeException e) {
            throw ProblemException.invalidParameter(
                    "after", "is not a feed position issued by this service; pass next_after from the last answer");
        }
        if (position.asOf().isBefore(now.minus(retention))) {
            throw new ProblemException(
                    ProblemType.POSITION_EXPIRED,
                    "This position was issued more than " + retention.toDays()
                            + " days ago and events after it may have been deleted; start again without after, "
                            + "and re-read the resources you track");
        }
        return position;
    }

    private static void selectors(String types, List<String> exact, List<String> prefixes) {
        if (types == null) {
            return;
        }
        List<String> selectors = Arrays.stream(types.split(",", -1)).toList();
        for (String selector : EventTypes.checkedSelectors(selectors, "types", null)) {
            if (selector.equals("*")) {
                exact.clear();
                prefixes.clear();
                return;
            }
            if (selector.endsWith(".*")) {
                prefixes.add(selector.substring(0, selector.length() - 1));
            } else {
                exact.add(selector);
            }
        }
    }

    /** The contract declares a UUID; anything else is a 400 naming the parameter. */
    private static String subject(String subject) {
        if (subject == null) {
            return null;
        }
        try {
            String canonical = UUID.fromString(subject).toString();
            if (canonical.equalsIgnoreCase(subject)) {
                return canonical;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.invalidParameter("subject", "must be a resource id (a UUID)");
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event is not JSON", e);
        }
    }
}
