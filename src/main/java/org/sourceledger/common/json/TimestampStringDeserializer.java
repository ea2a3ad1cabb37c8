package org.sourceledger.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Timestamps are RFC 3339 strings only. Jackson would otherwise read a number as epoch seconds or milliseconds,
 * so a client sending 12345 by mistake would store a date in 1970.
 */
public class TimestampStringDeserializer extends StdDeserializer<Instant> {

    public TimestampStringDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
}
