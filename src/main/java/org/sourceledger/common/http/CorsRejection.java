package org.sourceledger.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sourceledger.common.problem.Problem;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.common.problem.Problems;

/**
 * With CORS on, a request from an origin that is not on the allow-list gets a 403 problem document instead of the
 * empty 403 Quarkus's CORS filter writes. It runs before that filter and applies the same allow-list
 * (quarkus.http.cors.origins: exact origins, {@code *}, or {@code /regex/}); same-origin requests always pass.
 */
@ApplicationScoped
public class CorsRejection {

    static final String DETAIL = "Browser requests from this origin are not allowed. An operator lists the origins "
            + "that may call the API in QUARKUS_HTTP_CORS_ORIGINS.";

    void install(
            @Observes Router router,
            ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        if (!enabled) {
            return;
        }
        List<String> allowed = origins.orElse(List.of());
        Problem rejected = Problem.of(ProblemType.ORIGIN_NOT_ALLOWED, DETAIL);
        // After the shutdown gate (MIN_VALUE + 2): a stopping instance answers 503 to everyone first.
        router.route().order(Integer.MIN_VALUE + 3).handler(ctx -> {
            String origin = ctx.request().getHeader("Origin");
            if (origin == null || sameOrigin(ctx.request(), origin) || allows(allowed, origin)) {
                ctx.next();
                return;
            }
            Problems.end(ctx, mapper, rejected);
        });
    }

    static boolean allows(List<String> allowed, String origin) {
        for (String entry : allowed) {
            String candidate = entry.trim();
            if (candidate.equals("*") || candidate.equals(origin)) {
                return true;
            }
            if (candidate.length() > 2
                    && candidate.startsWith("/")
                    && candidate.endsWith("/")
                    && Pattern.matches(candidate.substring(1, candidate.length() - 1), origin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        return request.authority() != null && origin.equals(request.scheme() + "://" + request.authority());
    }
}
