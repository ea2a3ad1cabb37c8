package org.sourceledger.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page, in the keyset order (created_at DESC, id DESC).
 * Opaque to clients: base64url of "epochMicros:id".
 */
public record Cursor(Instant createdAt, UUID id) {

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        String raw = micros + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Returns the decoded cursor, or throws IllegalArgumentException when the text is not one we issued. */
    public static Cursor decode(String text) {
        String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        int colon = raw.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("no separator");
        }
        long micros = Long.parseLong(raw.substring(0, colon));
        UUID id = UUID.fromString(raw.substring(colon + 1));
        return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
    }
}
