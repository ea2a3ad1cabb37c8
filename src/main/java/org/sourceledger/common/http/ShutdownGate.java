package org.sourceledger.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sourceledger.common.problem.Problem;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.common.problem.Problems;

/**
 * Graceful shutdown that never leaves a client guessing. On SIGTERM, readiness goes DOWN at once while requests are
 * still served for quarkus.shutdown.delay (so load balancers stop sending); after that, a new request is answered 503
 * with Retry-After before it does anything, while Quarkus lets the requests in flight finish. Without this gate a
 * request that arrived after the drain could be committed and then lose its connection.
 */
@Readiness
@ApplicationScoped
public class ShutdownGate implements HealthCheck {

    private volatile boolean draining;
    private volatile boolean closed;

    private final Duration delay;
    private final ObjectMapper mapper;

    public ShutdownGate(
            @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay, ObjectMapper mapper) {
        this.delay = delay.orElse(Duration.ZERO);
        this.mapper = mapper;
    }

    void delayStarted(@Observes ShutdownDelayInitiatedEvent event) {
        draining = true;
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> closed = true);
    }

    void stopping(@Observes ShutdownEvent event) {
        draining = true;
        closed = true;
    }

    void install(@Observes Router router) {
        Problem shuttingDown = Problem.of(
                ProblemType.SERVICE_UNAVAILABLE,
                "This instance is shutting down; retry, and another instance will answer.");
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (!closed) {
                ctx.next();
                return;
            }
            Problems.end(ctx, mapper, shuttingDown);
        });
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!draining).build();
    }
}
