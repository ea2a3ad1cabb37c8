package org.sourceledger.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sourceledger.common.problem.Problem;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.common.problem.Problems;

/**
 * Answers an oversized body with a problem document before it is read. Quarkus enforces the same limit
 * (quarkus.http.limits.max-body-size) but answers with an empty body, which clients cannot parse.
 */
@ApplicationScoped
public class BodySizeLimit {

    void install(
            @Observes Router router,
            ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        // Written here, at the Vert.x level, from the same Problem the mappers use.
        Problem tooLargeBody = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, Problems.BODY_TOO_LARGE_DETAIL);
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(limit);
        router.route()
                .order(Integer.MIN_VALUE + 1)
                .handler(ctx -> {
                    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null && exceeds(length, limit)) {
                        Problems.end(ctx, mapper, tooLargeBody);
                        return;
                    }
                    if (length == null && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                        // Chunked, no length announced: read the body here, where going over the limit can still get a
                        // problem body.
                        chunkedBodies.handle(ctx);
                        return;
                    }
                    ctx.next();
                })
                .failureHandler(ctx -> {
                    if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                        Problems.end(ctx, mapper, tooLargeBody);
                        return;
                    }
                    ctx.next();
                });
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
