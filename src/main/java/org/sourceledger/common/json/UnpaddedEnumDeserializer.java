package org.sourceledger.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * An enum value with stray spaces is not that value. Jackson's enum reader trims a value it does not know and tries
 * again, so "OFFICIAL " and " OFFICIAL" were read as OFFICIAL. This wraps every enum reader and refuses a padded
 * string first, with the same error an unknown value gets (the problem lists the allowed values).
 */
public class UnpaddedEnumDeserializer extends DelegatingDeserializer {

    public UnpaddedEnumDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    /** Installs the wrapper around the enum reader Jackson builds for each enum type. */
    public static BeanDeserializerModifier modifier() {
        return new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new UnpaddedEnumDeserializer(deserializer);
            }
        };
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new UnpaddedEnumDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            if (padded(text)) {
                throw InvalidFormatException.from(
                        parser, "enum value with leading or trailing white space", text, handledType());
            }
        }
        return super.deserialize(parser, context);
    }

    static boolean padded(String text) {
        return !text.isEmpty() && (!text.equals(text.strip()) || !text.equals(text.trim()));
    }
}
