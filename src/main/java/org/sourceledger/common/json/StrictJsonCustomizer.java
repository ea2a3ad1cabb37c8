package org.sourceledger.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes request parsing strict: a wrong JSON type is an error, never a silent conversion
 * ("5" is not an integer, 5 is not a string, 1 is not true), and duplicate keys are rejected. Input the contract
 * rejects is rejected: "" is not a missing id, " OFFICIAL" is not OFFICIAL, "12345" is not a timestamp.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    /** Deeper than any request shape we accept; bounds the work a hostile body can cause. */
    static final int MAX_NESTING_DEPTH = 32;

    /** Last, so these deserializers win over the ones the Java time module registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-values")
                .addDeserializer(String.class, new StorableTextDeserializer())
                .addDeserializer(java.time.Instant.class, new TimestampStringDeserializer())
                .addDeserializer(java.util.UUID.class, new CanonicalUuidDeserializer())
                .setDeserializerModifier(UnpaddedEnumDeserializer.modifier()));
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        mapper.configure(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS, false);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build());

        for (LogicalType textual : new LogicalType[] {LogicalType.Textual, LogicalType.Enum}) {
            mapper.coercionConfigFor(textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        for (LogicalType scalar :
                new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.DateTime}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // Ids, URLs and other values read from a string: "" is not a missing value (Jackson's default reads null).
        mapper.coercionConfigFor(LogicalType.OtherScalar)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
