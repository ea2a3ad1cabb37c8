package org.sourceledger.observability;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;
import org.sourceledger.support.LogCapture;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ObservabilityTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyProblemNamesItsRequestAndTheHeaderCarriesTheSameId() {
        String id = Api.problem(Api.json().get("/claims/" + UUID.randomUUID()).then(), 404)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract()
                .header("X-Request-Id");
        Api.problem(
                        Api.json()
                                .header("X-Request-Id", "cms-7f3a.42")
                                .get("/claims/" + UUID.randomUUID())
                                .then(),
                        404)
                .header("X-Request-Id", "cms-7f3a.42")
                .body("instance", equalTo("urn:sourceledger:request:cms-7f3a.42"));
        // An unsafe id offered by a client is replaced, not echoed into logs and headers.
        Api.problem(
                        Keys.anonymous()
                                .header("X-Request-Id", "bad id<script>")
                                .get("/claims")
                                .then(),
                        401)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("instance", matchesPattern("urn:sourceledger:request:" + UUID_PATTERN));
        Api.problem(
                        Api.json()
                                .body("{\"headline\": \"" + "x".repeat(1_100_000) + "\"}")
                                .post("/stories")
                                .then(),
                        413)
                .body("instance", matchesPattern("urn:sourceledger:request:" + UUID_PATTERN));
        assertFalse(id.isEmpty());
    }

    @Test
    void everyLogLineOfARequestCarriesItsId() {
        String requestId;
        List<LogCapture.Line> lines;
        try (LogCapture log = LogCapture.start("org.hibernate.SQL")) {
            requestId = Api.json(Map.of("headline", "Logged story"))
                    .post("/stories")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("X-Request-Id");
            lines = log.lines().stream()
                    .filter(line -> line.logger().equals("org.hibernate.SQL"))
                    .toList();
        }
        assertFalse(lines.isEmpty(), "the request logged its SQL at DEBUG");
        for (LogCapture.Line line : lines) {
            assertEquals(requestId, line.requestId(), "log line without the request id: " + line.text());
        }
    }

    @Test
    void metricsCountClaimsPerSourcingLevelAndTimeVerification() {
        double before = counter("ANONYMOUS");
        String story = Api.createStory("Metrics");
        Api.createClaim(Map.of(
                "story_id",
                story,
                "statement",
                "Counted.",
                "sourcing_level",
                "ANONYMOUS",
                "attribution",
                Map.of("source_description", "an aide", "anonymity_reason", "not authorised")));
        String official = Api.createOfficialClaim(story, "Also counted.");
        Api.link(official, Api.createReport("Wire", "WIRE"), "CORROBORATES").statusCode(201);
        Api.json().get("/claims/" + official + "/verification").then().statusCode(200);

        assertEquals(before + 1, counter("ANONYMOUS"));
        String metrics = RestAssured.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(metrics.contains("sourceledger_claims_created_total{sourcing_level=\"OFFICIAL\"}"), metrics);
        assertTrue(
                Pattern.compile("sourceledger_verification_computation_seconds_count\\{[^}]*operation=\"refresh\"")
                        .matcher(metrics)
                        .find(),
                "refresh timer missing");
        assertTrue(
                Pattern.compile("sourceledger_verification_computation_seconds_count\\{[^}]*operation=\"breakdown\"")
                        .matcher(metrics)
                        .find(),
                "breakdown timer missing");
    }

    private static double counter(String level) {
        String metrics = RestAssured.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher value = Pattern.compile(
                        "^sourceledger_claims_created_total\\{sourcing_level=\"" + level + "\"} ([0-9.E+]+)$",
                        Pattern.MULTILINE)
                .matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
