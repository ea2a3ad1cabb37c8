package org.sourceledger.common.http;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's X-Request-Id when it is a safe token, else a new UUID. It is echoed in
 * the response header, put on every log line of the request (MDC key requestId) and into every problem's
 * {@code instance}, so a client's error report leads straight to the log lines.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void install(@Observes Router router) {
        // Before every other handler, so that even a 413 written at the Vert.x level carries the id.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String offered = ctx.request().getHeader(HEADER);
            String id = offered != null && SAFE.matcher(offered).matches()
                    ? offered
                    : UUID.randomUUID().toString();
            ContextLocals.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        if (Vertx.currentContext() == null) {
            return null;
        }
        return ContextLocals.<String>get(MDC_KEY).orElse(null);
    }

    /** The problem {@code instance} for the current request: {@code urn:sourceledger:request:<id>}. */
    public static URI currentInstance() {
        String id = current();
        return id == null ? null : URI.create("urn:sourceledger:request:" + id);
    }
}
