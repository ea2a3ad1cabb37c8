package org.sourceledger.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.sourceledger.common.SourceLedgerConfig;

/**
 * Sends one signed request, per the Standard Webhooks specification: headers {@code webhook-id}, {@code
 * webhook-timestamp} and {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}, one per
 * secret while a rotated-out secret still signs). Signing uses the specification's own library
 * (com.standardwebhooks). Redirects are never followed; one attempt may take sourceledger.webhooks.timeout.
 */
@ApplicationScoped
class WebhookSender {

    /** What came of one attempt. */
    record Outcome(Kind kind, Integer status, String error) {

        enum Kind {
            DELIVERED,
            RETRY,
            GONE,
            REFUSED
        }
    }

    static final String USER_AGENT = "SourceLedger-Webhooks/1";
    private static final int MAX_ERROR = 1000;

    private final WebhookTargets targets;
    private final Duration timeout;
    private final HttpClient client;

    WebhookSender(WebhookTargets targets, SourceLedgerConfig config) {
        this.targets = targets;
        this.timeout = config.webhooks().timeout();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Outcome send(String url, List<String> secrets, String messageId, String payload) {
        URI target;
        try {
            target = targets.check(url);
        } catch (WebhookTargets.Refused e) {
            return new Outcome(Outcome.Kind.RETRY, null, "The URL " + e.getMessage());
        }
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature(secrets, messageId, timestamp, payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
        } catch (IllegalArgumentException e) {
            return new Outcome(Outcome.Kind.REFUSED, null, "The URL cannot be called: " + e.getMessage());
        }
        // The request timeout stops counting once the headers arrive, so a receiver that answers and then never
        // ends its body would hold this thread for ever: the whole exchange is bounded here instead.
        CompletableFuture<HttpResponse<Void>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return classify(
                    exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Outcome(Outcome.Kind.RETRY, null, "No answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Outcome(Outcome.Kind.RETRY, null, "No answer within " + timeout.toSeconds() + " s");
            }
            String what = cause instanceof IOException io ? describe(io) : "the request could not be sent";
            return new Outcome(Outcome.Kind.RETRY, null, limit("Connection failed: " + what));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(Outcome.Kind.RETRY, null, "Interrupted while sending (the service was stopping)");
        }
    }

    static Outcome classify(int status) {
        if (status >= 200 && status < 300) {
            return new Outcome(Outcome.Kind.DELIVERED, status, null);
        }
        if (status == 410) {
            return new Outcome(Outcome.Kind.GONE, status, "The receiver answered 410 Gone");
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new Outcome(Outcome.Kind.RETRY, status, "The receiver answered " + status);
        }
        if (status >= 300 && status < 400) {
            return new Outcome(
                    Outcome.Kind.REFUSED, status, "The receiver answered " + status + "; redirects are not followed");
        }
        return new Outcome(Outcome.Kind.REFUSED, status, "The receiver answered " + status + "; not retried");
    }

    static String signature(List<String> secrets, String messageId, long timestamp, String payload) {
        return secrets.stream()
                .map(secret -> {
                    try {
                        return new Webhook(secret).sign(messageId, timestamp, payload);
                    } catch (WebhookSigningException e) {
                        throw new IllegalStateException("A webhook secret could not sign", e);
                    }
                })
                .collect(Collectors.joining(" "));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (message != null && !message.isBlank()) {
            return message;
        }
        return e instanceof java.net.ConnectException ? "connection refused" : "the connection failed";
    }

    private static String limit(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
