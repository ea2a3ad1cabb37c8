package org.sourceledger.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Timestamps are RFC 3339 date-time strings (the contract's format: date-time) and nothing else. Jackson's Instant
 * reader is lenient: it reads a number, or a string of digits such as "12345", as epoch seconds (a client sending one
 * by mistake would store a date in 1970), trims the text, and accepts years beyond 9999 ("+12026-...").
 */
public class TimestampStringDeserializer extends StdDeserializer<Instant> {

    /** RFC 3339 section 5.6: four-digit year, seconds required, fraction optional, Z or a +hh:mm offset. */
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    public TimestampStringDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText();
        Instant instant = parse(text);
        if (instant == null) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 date-time");
        }
        return instant;
    }

    /** The instant, or null when the text is not an RFC 3339 date-time (including impossible dates). */
    static Instant parse(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            return null;
        }
        try {
            // RFC 3339 allows lower-case t and z; Java's ISO parser (strict about dates) wants upper case.
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
