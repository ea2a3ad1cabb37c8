package org.sourceledger.common.problem;

import org.sourceledger.common.http.RequestIds;
import jakarta.ws.rs.core.Response;

/** Builds problem responses; the only place that sets the problem media type. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BODY_TOO_LARGE_DETAIL = "Request bodies are limited to 1 MiB.";

    private Problems() {
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(MEDIA_TYPE)
                .entity(problem.instance() == null ? problem.at(RequestIds.currentInstance()) : problem);
        if (problem.status() == 401) {
            // RFC 6750: tell the client which scheme to use.
            builder.header("WWW-Authenticate", "Bearer realm=\"sourceledger\"");
        }
        if (problem.status() == 503) {
            builder.header("Retry-After", "5");
        }
        return builder.build();
    }
}
