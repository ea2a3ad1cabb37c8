package org.sourceledger.common.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sourceledger.common.problem.ProblemException;

/**
 * Checks, before the resource method runs (and before anything is read or written), the request parts that an
 * operation declares but that JAX-RS would pass on loosely:
 * <ul>
 * <li>An If-Match header is bounded by the contract (components.parameters.If-Match, maxLength 1000); without this
 * check a longer one was compared as a stale ETag and answered 412, and only after the resource was loaded.</li>
 * <li>A query parameter sent with an empty value ({@code ?story_id=}, {@code ?sourcing_level=}, {@code ?limit=})
 * is not a missing one. RESTEasy Reactive hands an empty value to the method as null, exactly as if it had not been
 * sent, so the filter was silently dropped; here it answers 400 naming the parameter.</li>
 * </ul>
 */
public class DeclaredParameterChecks {

    /** The contract's maxLength for If-Match. */
    public static final int MAX_IF_MATCH_LENGTH = 1000;

    /** Free-text search: an empty search is no search (ClaimService), and the contract allows "". */
    private static final Set<String> MAY_BE_EMPTY = Set.of("q");

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared parameters = declared.computeIfAbsent(method, Declared::of);
        if (parameters.ifMatch() && length(request.headers().getAll(ApiHeaders.IF_MATCH)) > MAX_IF_MATCH_LENGTH) {
            throw ProblemException.invalidParameter(
                    ApiHeaders.IF_MATCH, "must be at most " + MAX_IF_MATCH_LENGTH + " characters");
        }
        if (parameters.query().isEmpty()) {
            return;
        }
        MultiMap sent;
        try {
            sent = request.params();
        } catch (IllegalArgumentException malformed) {
            return; // Bad percent-encoding: left to the framework, as before.
        }
        for (Map.Entry<String, Class<?>> parameter : parameters.query().entrySet()) {
            for (String value : sent.getAll(parameter.getKey())) {
                if (value.isEmpty()) {
                    String expectation = StrictParameterConverters.expectation(parameter.getValue());
                    throw ProblemException.invalidParameter(
                            parameter.getKey(),
                            expectation != null ? expectation : "must not be empty; leave the parameter out instead");
                }
            }
        }
    }

    /** The length of the field value a client sent, counting repeated headers as one comma-separated list. */
    private static int length(List<String> values) {
        int length = Math.max(0, values.size() - 1) * 2;
        for (String value : values) {
            length += value.length();
        }
        return length;
    }

    /** What one resource method declares, read once per method: If-Match, and the query parameters by type. */
    private record Declared(boolean ifMatch, Map<String, Class<?>> query) {

        static Declared of(Method method) {
            boolean ifMatch = false;
            Map<String, Class<?>> query = new LinkedHashMap<>();
            Annotation[][] parameterAnnotations = method.getParameterAnnotations();
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < parameterAnnotations.length; i++) {
                for (Annotation annotation : parameterAnnotations[i]) {
                    if (annotation instanceof HeaderParam header
                            && ApiHeaders.IF_MATCH.equalsIgnoreCase(header.value())) {
                        ifMatch = true;
                    }
                    if (annotation instanceof QueryParam param && !MAY_BE_EMPTY.contains(param.value())) {
                        query.put(param.value(), types[i]);
                    }
                }
            }
            return new Declared(ifMatch, Collections.unmodifiableMap(query));
        }
    }
}
