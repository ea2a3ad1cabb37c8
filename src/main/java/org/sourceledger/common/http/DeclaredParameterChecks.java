package org.sourceledger.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sourceledger.common.problem.ProblemException;

/**
 * Checks, before the resource method runs (and before anything is read or written), the request parts that an
 * operation declares but that JAX-RS would pass on loosely. An If-Match header is bounded by the contract
 * (components.parameters.If-Match, maxLength 1000); without this check a longer one was compared as a stale ETag and
 * answered 412, and only after the resource was loaded.
 */
public class DeclaredParameterChecks {

    /** The contract's maxLength for If-Match. */
    public static final int MAX_IF_MATCH_LENGTH = 1000;

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared parameters = declared.computeIfAbsent(method, Declared::of);
        if (parameters.ifMatch() && length(request.headers().getAll(ApiHeaders.IF_MATCH)) > MAX_IF_MATCH_LENGTH) {
            throw ProblemException.invalidParameter(ApiHeaders.IF_MATCH,
                    "must be at most " + MAX_IF_MATCH_LENGTH + " characters");
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

    /** What one resource method declares, read once per method. */
    private record Declared(boolean ifMatch) {

        static Declared of(Method method) {
            boolean ifMatch = false;
            for (Annotation[] annotations : method.getParameterAnnotations()) {
                for (Annotation annotation : annotations) {
                    if (annotation instanceof HeaderParam header && ApiHeaders.IF_MATCH.equalsIgnoreCase(header.value())) {
                        ifMatch = true;
                    }
                }
            }
            return new Declared(ifMatch);
        }
    }
}
