package org.sourceledger.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A place in the feed, as the opaque {@code after} / {@code next_after} string: every event at or before ({@code
 * txId}, {@code seq}) has been read, as of {@code asOf}. Events are ordered by their transaction's id, then by their
 * order within it (see V7__event_outbox.sql).
 */
record FeedPosition(long txId, long seq, Instant asOf) {

    private static final String VERSION = "1";

    static FeedPosition start(Instant now) {
        return new FeedPosition(0, 0, now);
    }

    boolean isAfter(FeedPosition other) {
        return txId != other.txId ? txId > other.txId : seq > other.seq;
    }

    String encode() {
        String raw = VERSION + ":" + txId + ":" + seq + ":" + asOf.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Throws IllegalArgumentException for anything this service did not issue. */
    static FeedPosition decode(String text) {
        String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        String[] parts = raw.split(":", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a feed position");
        }
        long txId = Long.parseLong(parts[1]);
        long seq = Long.parseLong(parts[2]);
        if (txId < 0 || seq < 0) {
            throw new IllegalArgumentException("not a feed position");
        }
        return new FeedPosition(txId, seq, Instant.ofEpochSecond(Long.parseLong(parts[3])));
    }
}
