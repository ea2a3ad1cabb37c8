package org.sourceledger.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** PostgreSQL keeps microseconds; truncating here keeps what we return equal to what we store (and cursors exact). */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
