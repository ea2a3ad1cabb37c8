package org.sourceledger.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.sourceledger.common.http.RequestIds;

/** Builds problem responses; the only place that sets the problem media type. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BODY_TOO_LARGE_DETAIL = "Request bodies are limited to 1 MiB.";
    /** RFC 6750: the scheme a 401 asks for. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"sourceledger\"";

    private Problems() {}

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(problem.instance() == null ? problem.at(RequestIds.currentInstance()) : problem);
        if (problem.status() == 401) {
            // RFC 6750: tell the client which scheme to use.
            builder.header("WWW-Authenticate", BEARER_CHALLENGE);
        }
        if (problem.status() == 503) {
            builder.header("Retry-After", "5");
        }
        return builder.build();
    }

    /**
     * Writes a problem straight to the connection and closes it, for answers given at the Vert.x level before
     * JAX-RS runs (oversized bodies, shutdown). Same body as the mappers', naming the request.
     */
    public static void end(RoutingContext ctx, ObjectMapper mapper, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem.at(RequestIds.currentInstance()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Problem always serialises", e);
        }
        var response = ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Connection", "close");
        if (problem.status() == 503) {
            response.putHeader("Retry-After", "1");
        }
        response.end(body);
    }
}
