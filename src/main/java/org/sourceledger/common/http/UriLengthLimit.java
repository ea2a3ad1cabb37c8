package org.sourceledger.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sourceledger.common.problem.Problem;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.common.problem.Problems;

/**
 * Answers an over-long request URI with a 414 problem document. Vert.x refuses a request line longer than
 * quarkus.http.limits.max-initial-line-length itself, before any route runs, with an empty 414 that clients cannot
 * parse, and Quarkus offers no hook into that answer (HttpServer.invalidRequestHandler is not reachable). So that
 * Vert.x limit is raised well above ours (application.properties) and the limit clients see is enforced here, first
 * thing after the request id is assigned.
 */
@ApplicationScoped
public class UriLengthLimit {

    /** The longest request URI (path and query) served; the request line Vert.x used to allow was 4096. */
    public static final int MAX_URI_LENGTH = 4096;

    void install(@Observes Router router, ObjectMapper mapper) {
        Problem tooLong = Problem.of(
                ProblemType.URI_TOO_LONG,
                "Request URIs are limited to " + MAX_URI_LENGTH
                        + " characters; send long input in a request body instead.");
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (ctx.request().uri().length() > MAX_URI_LENGTH) {
                Problems.end(ctx, mapper, tooLong);
                return;
            }
            ctx.next();
        });
    }
}
