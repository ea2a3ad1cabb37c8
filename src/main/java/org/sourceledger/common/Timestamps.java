package org.sourceledger.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** PostgreSQL keeps microseconds; truncating here keeps what we return equal to what we store (and cursors exact). */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A timestamptz column as a native query returns it (its Java type varies with the driver path), or null. */
    public static Instant fromColumn(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException(
                "Unexpected timestamp type " + value.getClass().getSimpleName());
    }
}
