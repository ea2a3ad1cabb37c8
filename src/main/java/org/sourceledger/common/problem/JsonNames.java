package org.sourceledger.common.problem;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns Java names and types into the words a JSON client sees, so no Java class name reaches a response. */
public final class JsonNames {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE_CASE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    private JsonNames() {}

    public static String snakeCase(String javaName) {
        return SNAKE_CASE.translate(javaName);
    }

    /** Escapes one JSON Pointer reference token (RFC 6901). */
    public static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Describes the JSON value expected for a Java type, e.g. "an integer" or "one of: A, B". */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of: " + allowedValues(type);
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "an integer within range";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 timestamp string, e.g. 2026-11-28T09:30:00Z";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object";
    }

    public static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
