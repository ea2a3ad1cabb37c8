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
import org.sourceledger.common.problem.JsonNames;
import org.sourceledger.common.problem.ProblemException;

/**
 * Converts UUID, enum and integer path/query parameters itself, so that a bad value is a 400 naming the parameter
 * instead of the framework's bare 404 (JAX-RS treats an unconvertible path or query value as "no such resource").
 */
@Provider
public class StrictParameterConverters implements ParamConverterProvider {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name, StrictParameterConverters::uuid, "must be a UUID");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(name, Integer::valueOf, "must be an integer");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Strict<Enum>(name, text -> Enum.valueOf(enumType, text),
                    "has an unknown value; allowed values are: " + JsonNames.allowedValues(rawType));
        }
        return null;
    }

    /** UUID.fromString accepts short forms such as "1-2-3-4-5"; ids are only ever the canonical 36 characters. */
    private static UUID uuid(String text) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(text);
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
