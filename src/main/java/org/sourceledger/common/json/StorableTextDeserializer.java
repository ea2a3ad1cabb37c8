package org.sourceledger.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * PostgreSQL text cannot hold U+0000, so a string containing it is refused at the door with a pointer,
 * instead of failing in the database.
 */
public class StorableTextDeserializer extends StringDeserializer {

    public static final String NUL_DETAIL = "must not contain the NUL character (U+0000)";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw new UnstorableTextException(parser);
        }
        return value;
    }

    /** Recognised by the problem mapping; Jackson adds the JSON path as it unwinds. */
    public static final class UnstorableTextException extends JsonMappingException {
        UnstorableTextException(JsonParser parser) {
            super(parser, NUL_DETAIL);
        }
    }
}
