package org.sourceledger.webhooks;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.sourceledger.common.SourceLedgerConfig;

/**
 * Sends due deliveries (docs/events.md, Webhooks). Every instance runs one: it claims due rows with {@code FOR UPDATE
 * SKIP LOCKED}, so instances share the work without sending one delivery twice, and it wakes on the {@code
 * sourceledger_webhooks} notification that commits with each new delivery, or every poll interval for retries.
 *
 * <p>Retries back off exponentially with jitter from sourceledger.webhooks.retry.initial-delay, up to max-delay,
 * for max-age (3 days); a subscription that has failed for max-age without a success is disabled.
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final String APPLICATION_NAME = "sourceledger-webhook-listener";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int LISTEN_POLL_MILLIS = 500;
    private static final String DELIVERIES = "sourceledger.webhooks.deliveries";

    private final AgroalDataSource dataSource;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final WebhookSecrets secrets;
    private final MeterRegistry metrics;
    private final SourceLedgerConfig.Webhooks config;
    private final Duration lease;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread dispatcher;
    private Thread listener;
    private ExecutorService senders;

    WebhookDispatcher(
            AgroalDataSource dataSource,
            WebhookDeliveryRepository deliveries,
            WebhookSender sender,
            WebhookSecrets secrets,
            MeterRegistry metrics,
            SourceLedgerConfig config) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
        this.sender = sender;
        this.secrets = secrets;
        this.metrics = metrics;
        this.config = config.webhooks();
        // Long enough for the whole batch: its rows are sent `senders` at a time, each attempt taking up to the
        // timeout, so the last row of a batch may start (batch / senders) timeouts after the claim. Shorter, and
        // another instance could claim a row still queued here and send it twice. A row claimed by an instance that
        // died is due again after the lease.
        int rounds = (this.config.batchSize() + this.config.senders() - 1) / this.config.senders();
        this.lease = this.config.timeout().multipliedBy(rounds + 1L).plusSeconds(10);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        AtomicInteger n = new AtomicInteger();
        senders = Executors.newFixedThreadPool(config.senders(), r -> {
            Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        dispatcher = new Thread(this::dispatchLoop, "webhook-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
        listener = new Thread(this::listenLoop, "webhook-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wake.release();
        for (Thread thread : new Thread[] {dispatcher, listener}) {
            if (thread != null) {
                thread.interrupt();
                thread.join(5_000);
            }
        }
        if (senders != null) {
            senders.shutdownNow();
            senders.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Wakes the dispatcher now (a redelivery, or a subscription turned on again, on this instance). */
    void wakeUp() {
        wake.release();
    }

    private void dispatchLoop() {
        while (running) {
            try {
                int sent = dispatchOnce();
                if (sent == 0) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Webhook dispatch failed (%s); trying again shortly", e.getMessage());
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Claims one batch of due deliveries and sends them in parallel; returns how many were claimed. */
    int dispatchOnce() throws InterruptedException {
        List<WebhookDeliveryRepository.Claimed> claimed = deliveries.claimDue(config.batchSize(), lease);
        List<Future<?>> pending = new ArrayList<>(claimed.size());
        for (WebhookDeliveryRepository.Claimed delivery : claimed) {
            pending.add(senders.submit(() -> deliver(delivery)));
        }
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf(
                        "A webhook delivery could not be recorded: %s",
                        e.getCause().getMessage());
            }
        }
        return claimed.size();
    }

    private void deliver(WebhookDeliveryRepository.Claimed delivery) {
        Instant now = Instant.now();
        List<String> signing = new ArrayList<>(2);
        WebhookSender.Outcome outcome;
        try {
            signing.add(secrets.open(delivery.subscriptionId(), delivery.secret()));
            if (delivery.previousSecret() != null
                    && delivery.previousSecretExpiresAt() != null
                    && delivery.previousSecretExpiresAt().isAfter(now)) {
                signing.add(secrets.open(delivery.subscriptionId(), delivery.previousSecret()));
            }
            outcome = sender.send(delivery.url(), signing, delivery.eventId().toString(), delivery.payload());
        } catch (RuntimeException e) {
            // A secret that no longer decrypts (SOURCELEDGER_IDENTITY_KEY changed) cannot sign: final, and said so.
            LOG.warnf("Webhook delivery %s cannot be signed: %s", delivery.id(), e.getMessage());
            outcome = new WebhookSender.Outcome(
                    WebhookSender.Outcome.Kind.REFUSED,
                    null,
                    "The subscription's secret cannot be read with the configured key; rotate the secret");
        }
        metrics.counter(DELIVERIES, "outcome", outcome.kind().name().toLowerCase())
                .increment();
        WebhookSender.Outcome result = outcome;
        QuarkusTransaction.requiringNew().run(() -> record(delivery, result));
    }

    private void record(WebhookDeliveryRepository.Claimed delivery, WebhookSender.Outcome outcome) {
        switch (outcome.kind()) {
            case DELIVERED ->
                deliveries.recordDelivered(
                        delivery.id(), delivery.version(), delivery.subscriptionId(), outcome.status());
            case GONE -> {
                deliveries.recordFailed(
                        delivery.id(),
                        delivery.version(),
                        delivery.subscriptionId(),
                        outcome.status(),
                        outcome.error(),
                        null);
                deliveries.disable(
                        delivery.subscriptionId(),
                        "The receiver answered 410 Gone, which asks to stop sending; turn the subscription on "
                                + "again (PATCH active: true) to resume.");
            }
            case REFUSED ->
                deliveries.recordFailed(
                        delivery.id(),
                        delivery.version(),
                        delivery.subscriptionId(),
                        outcome.status(),
                        outcome.error(),
                        null);
            case RETRY -> {
                Instant now = Instant.now();
                Instant retryFrom = deliveries.retryFrom(delivery.id());
                Duration maxAge = config.retry().maxAge();
                boolean givingUp = retryFrom != null && !now.isBefore(retryFrom.plus(maxAge));
                int attempts = attemptsOf(delivery);
                Instant next = givingUp ? null : now.plus(backoff(attempts));
                String error = givingUp
                        ? outcome.error() + "; gave up after retrying for " + describe(maxAge)
                        : outcome.error();
                Instant failingSince = deliveries.recordFailed(
                        delivery.id(), delivery.version(), delivery.subscriptionId(), outcome.status(), error, next);
                if (failingSince != null && !now.isBefore(failingSince.plus(maxAge))) {
                    deliveries.disable(
                            delivery.subscriptionId(),
                            "Every delivery has failed since " + failingSince + " (" + describe(maxAge)
                                    + "); last error: " + outcome.error());
                }
            }
        }
    }

    private int attemptsOf(WebhookDeliveryRepository.Claimed delivery) {
        return Math.max(1, delivery.attempts());
    }

    /** initial-delay × 2^(attempt-1), at most max-delay, with "equal jitter": half fixed, half random. */
    Duration backoff(int attempt) {
        long initial = config.retry().initialDelay().toMillis();
        long max = config.retry().maxDelay().toMillis();
        long exponential = attempt >= 31 ? max : Math.min(max, initial * (1L << (attempt - 1)));
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private static String describe(Duration duration) {
        return duration.toHours() >= 48 ? duration.toDays() + " days" : duration.toString();
    }

    private void listenLoop() {
        boolean failing = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
                    statement.execute("LISTEN " + WebhookDeliveryRepository.CHANNEL);
                    if (failing) {
                        LOG.info("Listening for new webhook deliveries again");
                        failing = false;
                    }
                    wake.release(); // anything committed while not listening
                    PGConnection postgres = connection.unwrap(PGConnection.class);
                    while (running) {
                        var notifications = postgres.getNotifications(LISTEN_POLL_MILLIS);
                        if (notifications != null && notifications.length > 0) {
                            wake.release();
                        }
                    }
                    statement.execute("UNLISTEN *");
                    statement.execute("RESET application_name");
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!failing) {
                    LOG.warnf(
                            "Not listening for webhook deliveries (%s); polling every %s until it resumes",
                            e.getMessage(), config.pollInterval());
                }
                failing = true;
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
