package org.sourceledger.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourceledger.support.Api.problem;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Eventually;
import org.sourceledger.support.Feed;
import org.sourceledger.support.Keys;
import org.sourceledger.support.Receiver;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Database database;

    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    /** A subscription outlives its test's receiver: remove them, so no later test pays for retries to it. */
    @AfterEach
    void stopReceiver() {
        database.update("DELETE FROM webhook_subscriptions");
        receiver.close();
    }

    private static RequestSpecification admin() {
        return Keys.as(Keys.BOOTSTRAP_ADMIN_KEY).contentType("application/json");
    }

    private JsonPath subscribe(String path, List<String> types) {
        return admin().body(Map.of("url", receiver.url(path), "event_types", types, "description", "test receiver"))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("active", equalTo(true))
                .extract()
                .jsonPath();
    }

    private static void verify(String secret, Receiver.Request request) {
        try {
            new Webhook(secret).verify(request.body(), request.headers());
        } catch (WebhookVerificationException e) {
            throw new AssertionError("signature does not verify with the Standard Webhooks library: " + e.getMessage());
        }
    }

    private static String typeOf(Receiver.Request request) {
        return new JsonPath(request.body()).getString("type");
    }

    private static String subjectOf(Receiver.Request request) {
        return new JsonPath(request.body()).getString("subject");
    }

    private JsonPath deliveries(String subscriptionId) {
        return admin().get("/webhook-subscriptions/" + subscriptionId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The newsroom scenario, through the API alone. */
    @Test
    void aSubscribedReceiverGetsTheContradictionSignedAndTheFeedHasTheSameEvents() {
        JsonPath subscription = subscribe("/cms", List.of("claim.created", "link.added", "claim.verification_changed"));
        String secret = subscription.getString("secret");
        Feed feed = Feed.fromNow();

        String claimId = Api.createOfficialClaim(Api.createStory("Bridge works"), "The bridge reopens on Monday.");
        String reportId = Api.createReport("Valley Courier", "NEWS");
        Api.link(claimId, reportId, "CONFLICTS").statusCode(201);

        List<Receiver.Request> received = receiver.await(r -> r.path().equals("/cms"), 3, WAIT);
        assertEquals(3, received.size());
        received.forEach(request -> verify(secret, request));
        assertEquals(
                Set.of("claim.created", "link.added", "claim.verification_changed"),
                received.stream().map(WebhookDeliveryTest::typeOf).collect(Collectors.toSet()));
        Receiver.Request changed = received.stream()
                .filter(r -> typeOf(r).equals("claim.verification_changed"))
                .findFirst()
                .orElseThrow();
        JsonPath event = new JsonPath(changed.body());
        assertEquals(claimId, event.getString("subject"));
        assertEquals("UNVERIFIED", event.getString("data.changes.verification.old.status"));
        assertEquals("CONTRADICTED", event.getString("data.changes.verification.new.status"));
        assertEquals(event.getString("id"), changed.header("webhook-id"), "webhook-id is the event id");
        assertThrows(
                WebhookVerificationException.class,
                () -> new Webhook("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                        .verify(changed.body(), changed.headers()),
                "another secret must not verify");

        // The same events, with the same ids, are in the pull feed.
        Set<String> delivered = received.stream()
                .map(r -> new JsonPath(r.body()).getString("id"))
                .collect(Collectors.toSet());
        Set<String> inFeed = feed.poll().stream()
                .filter(e -> Set.of("claim.created", "link.added", "claim.verification_changed")
                        .contains((String) e.get("type")))
                .map(e -> (String) e.get("id"))
                .collect(Collectors.toSet());
        assertEquals(delivered, inFeed);

        String subscriptionId = subscription.getString("id");
        JsonPath page = deliveries(subscriptionId);
        assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "SUCCEEDED"), page.getList("items.status"));
        assertEquals(List.of(1, 1, 1), page.getList("items.attempts"));
        admin().get("/webhook-subscriptions/" + subscriptionId)
                .then()
                .statusCode(200)
                .body("secret", nullValue());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheReceiverAccepts() {
        receiver.answer(503, 500, 429);
        JsonPath subscription = subscribe("/retry", List.of("story.*"));
        String storyId = Api.createStory("Storm closes coastal road");

        List<Receiver.Request> received = receiver.await(r -> storyId.equals(subjectOf(r)), 4, WAIT);
        Set<String> ids = received.stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every retry carries the same webhook-id");
        JsonPath delivery = Eventually.await(
                "the delivery to succeed",
                WAIT,
                () -> deliveries(subscription.getString("id")),
                page -> "SUCCEEDED".equals(page.getString("items[0].status")));
        assertEquals(4, delivery.getInt("items[0].attempts"));
        assertEquals(204, delivery.getInt("items[0].last_status"));
    }

    @Test
    void gone410DisablesTheSubscriptionAndOther4xxAreFinal() {
        receiver.answer(400);
        JsonPath finalOne = subscribe("/bad-request", List.of("report.created"));
        Api.createReport("Coast Radio", "NEWS");
        JsonPath failed = Eventually.await(
                "a 400 to be final",
                WAIT,
                () -> deliveries(finalOne.getString("id")),
                page -> "FAILED".equals(page.getString("items[0].status")));
        assertEquals(1, failed.getInt("items[0].attempts"));
        assertEquals(400, failed.getInt("items[0].last_status"));
        admin().get("/webhook-subscriptions/" + finalOne.getString("id")).then().body("active", equalTo(true));
        admin().contentType(Api.MERGE_PATCH)
                .body(Map.of("active", false))
                .patch("/webhook-subscriptions/" + finalOne.getString("id"))
                .then()
                .statusCode(200);

        receiver.otherwise(410);
        JsonPath gone = subscribe("/gone", List.of("report.created"));
        Api.createReport("Coast Radio", "NEWS");
        JsonPath disabled = Eventually.await(
                "a 410 to disable the subscription",
                WAIT,
                () -> admin().get("/webhook-subscriptions/" + gone.getString("id"))
                        .then()
                        .extract()
                        .jsonPath(),
                s -> !s.getBoolean("active"));
        assertTrue(disabled.getString("disabled_reason").contains("410"), disabled.getString("disabled_reason"));
    }

    @Test
    void aRedirectIsNotFollowed() {
        receiver.answer(302);
        JsonPath subscription = subscribe("/moved", List.of("report.created"));
        Api.createReport("Hill Times", "NEWS");
        JsonPath failed = Eventually.await(
                "a 302 to fail",
                WAIT,
                () -> deliveries(subscription.getString("id")),
                page -> "FAILED".equals(page.getString("items[0].status")));
        assertTrue(failed.getString("items[0].last_error").contains("redirects are not followed"));
        assertEquals(1, receiver.requests().size(), "the Location was never called");
    }

    @Test
    void aSubscriptionFailingForTheWholeRetryPeriodIsDisabledAndSaysWhy() {
        receiver.otherwise(503);
        JsonPath subscription = subscribe("/down", List.of("story.created"));
        String id = subscription.getString("id");
        Api.createStory("Power cut in the old town");
        receiver.await(r -> r.path().equals("/down"), 1, WAIT);
        // Three days compressed: the subscription has been failing since four days ago.
        database.update(
                "UPDATE webhook_subscriptions SET failing_since = now() - interval '4 days' WHERE id = '" + id + "'");
        JsonPath disabled = Eventually.await(
                "the subscription to be disabled",
                WAIT,
                () -> admin().get("/webhook-subscriptions/" + id)
                        .then()
                        .extract()
                        .jsonPath(),
                s -> !s.getBoolean("active"));
        assertTrue(
                disabled.getString("disabled_reason").contains("failed since"), disabled.getString("disabled_reason"));

        // Its delivery waits while it is off. Turned on again with the receiver still down, a delivery that has been
        // retried for the whole period is given up.
        database.update("UPDATE webhook_deliveries SET retry_from = now() - interval '4 days' WHERE subscription_id = '"
                + id + "'");
        admin().contentType(Api.MERGE_PATCH)
                .body(Map.of("active", true))
                .patch("/webhook-subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("disabled_reason", nullValue());
        JsonPath page = Eventually.await(
                "the delivery to be given up",
                WAIT,
                () -> deliveries(id),
                p -> "FAILED".equals(p.getString("items[0].status")));
        assertTrue(page.getString("items[0].last_error").contains("gave up"), page.getString("items[0].last_error"));

        // Redeliver once the receiver is fixed: a fresh retry window.
        receiver.otherwise(204);
        String deliveryId = page.getString("items[0].id");
        admin().post("/webhook-subscriptions/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        Eventually.await(
                "the redelivery to succeed",
                WAIT,
                () -> deliveries(id),
                p -> "SUCCEEDED".equals(p.getString("items[0].status")));
    }

    @Test
    void afterARotationBothSecretsSign() {
        JsonPath subscription = subscribe("/rotating", List.of("story.created"));
        String oldSecret = subscription.getString("secret");
        String newSecret = admin().post("/webhook-subscriptions/" + subscription.getString("id") + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("previous_secret_expires_at", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("secret");
        assertFalse(newSecret.equals(oldSecret));
        String storyId = Api.createStory("Library opening hours extended");
        Receiver.Request request =
                receiver.await(r -> storyId.equals(subjectOf(r)), 1, WAIT).get(0);
        verify(oldSecret, request);
        verify(newSecret, request);
        assertEquals(2, request.header("webhook-signature").split(" ").length);
    }

    @Test
    void pingSendsASignedTestEvent() {
        JsonPath subscription = subscribe("/ping", List.of("*"));
        admin().post("/webhook-subscriptions/" + subscription.getString("id") + "/ping")
                .then()
                .statusCode(200)
                .body("delivered", equalTo(true))
                .body("status", equalTo(204));
        Receiver.Request ping =
                receiver.await(r -> r.path().equals("/ping"), 1, WAIT).get(0);
        verify(subscription.getString("secret"), ping);
        assertEquals("webhook.ping", typeOf(ping));
    }

    @Test
    void subscriptionsAreValidatedAndManaged() {
        problem(
                        admin().body(Map.of("url", receiver.url("/x"), "event_types", List.of("claim.exploded")))
                                .post("/webhook-subscriptions")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/event_types"));
        problem(
                        admin().body(Map.of("url", "ftp://example.org/x", "event_types", List.of("*")))
                                .post("/webhook-subscriptions")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/url"));
        problem(
                admin().body(Map.of("url", receiver.url("/x"), "event_types", List.of()))
                        .post("/webhook-subscriptions")
                        .then(),
                400);

        JsonPath created = subscribe("/managed", List.of("claim.*"));
        String id = created.getString("id");
        admin().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("event_types", List.of("claim.*", "verdict.recorded"), "description", "changed"))
                .patch("/webhook-subscriptions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("event_types", equalTo(List.of("claim.*", "verdict.recorded")));
        admin().get("/webhook-subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        problem(given().get("/webhook-subscriptions").then(), 403);
        admin().header("If-Match", "\"1\"")
                .delete("/webhook-subscriptions/" + id)
                .then()
                .statusCode(204);
        problem(admin().get("/webhook-subscriptions/" + id).then(), 404);
    }
}
