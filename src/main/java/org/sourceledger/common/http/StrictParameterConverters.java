package org.sourceledger.common.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sourceledger.common.json.CanonicalUuidDeserializer;
import org.sourceledger.common.problem.JsonNames;
import org.sourceledger.common.problem.ProblemException;

/**
 * Converts UUID, enum and integer path/query parameters itself, so that a bad value is a 400 naming the parameter
 * instead of the framework's bare 404 (JAX-RS treats an unconvertible path or query value as "no such resource").
 * Values are taken exactly as sent: "OFFICIAL " is not OFFICIAL. An empty value never gets here (RESTEasy Reactive
 * passes it on as absent); DeclaredParameterChecks rejects it first.
 */
@Provider
public class StrictParameterConverters implements ParamConverterProvider {

    /** An integer as JSON writes it: ASCII digits, no "+" (Integer.valueOf also takes "+5" and non-ASCII digits). */
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name, StrictParameterConverters::uuid, expectation(rawType));
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(name, StrictParameterConverters::integer, expectation(rawType));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>)
                    new Strict<Enum>(name, text -> Enum.valueOf(enumType, text), expectation(rawType));
        }
        return null;
    }

    /** What a parameter of this type must be, in the words of its 400; null for types converted elsewhere. */
    static String expectation(Class<?> type) {
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Integer.class) {
            return "must be an integer";
        }
        if (type.isEnum()) {
            return "has an unknown value; allowed values are: " + JsonNames.allowedValues(type);
        }
        return null;
    }

    /** UUID.fromString accepts short forms such as "1-2-3-4-5"; ids are only ever the canonical 36 characters. */
    private static UUID uuid(String text) {
        if (!CanonicalUuidDeserializer.isCanonical(text)) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(text);
    }

    private static Integer integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("not an integer");
        }
        return Integer.valueOf(text);
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof HeaderParam header) {
                    return header.value();
                }
            }
        }
        return null;
    }

    private record Strict<T>(String name, Function<String, T> parse, String expectation) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (RuntimeException e) {
                throw ProblemException.invalidParameter(name == null ? "" : name, expectation);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : (value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
