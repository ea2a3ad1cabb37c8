package org.sourceledger.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids are the canonical 36-character UUID form the contract describes, and nothing else. Jackson's own UUID reader
 * turns "" (and a blank string) into null, so {@code "story_id": ""} read as "no story"; it also trims, and takes 24
 * characters of base64 as a UUID.
 */
public class CanonicalUuidDeserializer extends StdScalarDeserializer<UUID> {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public CanonicalUuidDeserializer() {
        super(UUID.class);
    }

    /** The contract's UUID pattern (either case); UUID.fromString alone also accepts short forms like "1-2-3-4-5". */
    public static boolean isCanonical(String text) {
        return CANONICAL.matcher(text).matches();
    }

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (UUID) context.handleUnexpectedToken(UUID.class, parser);
        }
        String text = parser.getText();
        if (!isCanonical(text)) {
            return (UUID) context.handleWeirdStringValue(UUID.class, text, "not a canonical UUID");
        }
        return UUID.fromString(text);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.OtherScalar;
    }
}
