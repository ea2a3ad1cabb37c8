package org.sourceledger.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class IdempotencyTest {

    private static final int PARALLEL = 20;

    @Inject
    Database database;

    @Test
    void twentyConcurrentRetriesWithOneKeyCreateExactlyOneClaim() throws Exception {
        String reporter = Keys.issue("REPORTER");
        String statement = "The ferry strike ends tonight, " + UUID.randomUUID();
        Map<String, Object> body = Map.of(
                "statement",
                statement,
                "sourcing_level",
                "OFFICIAL",
                "attribution",
                Map.of("source_organization", "Ferry union"));
        String idempotencyKey = UUID.randomUUID().toString();

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Keys.as(reporter)
                            .contentType("application/json")
                            .header("Idempotency-Key", idempotencyKey)
                            .body(body)
                            .post("/claims")
                            .then()
                            .extract();
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            Set<String> locations = new HashSet<>();
            int replayed = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
                locations.add(response.header("Location"));
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertEquals(1, ids.size(), "every answer names the same claim");
            assertEquals(1, locations.size());
            assertEquals(PARALLEL - 1, replayed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, database.count("SELECT count(*) FROM claims WHERE statement = '" + statement + "'"));
    }

    @Test
    void aRetryReplaysTheFirstAnswerAndADifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        var first = Api.json(Map.of("headline", "Port strike"))
                .header("Idempotency-Key", key)
                .post("/stories")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract();
        var before = database.fingerprint();

        Api.json("{ \"headline\" : \"Port strike\" }")
                .header("Idempotency-Key", key)
                .post("/stories")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")))
                .body("created_at", equalTo(first.path("created_at")));
        Api.problem(
                        Api.json(Map.of("headline", "Another story"))
                                .header("Idempotency-Key", key)
                                .post("/stories")
                                .then(),
                        422)
                .body("type", equalTo("urn:sourceledger:problem:idempotency-key-reused"));
        Api.problem(
                Api.json(Map.of("url", "https://x.example/1", "title", "t", "outlet", "o", "kind", "NEWS"))
                        .header("Idempotency-Key", key)
                        .post("/reports")
                        .then(),
                422);

        assertEquals(before, database.fingerprint());
    }

    @Test
    void keysBelongToTheApiKeyThatSentThem() {
        String key = UUID.randomUUID().toString();
        String first = Keys.as(Keys.issue("REPORTER"))
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(Map.of("headline", "Budget"))
                .post("/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String second = Keys.as(Keys.issue("REPORTER"))
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(Map.of("headline", "Budget"))
                .post("/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(false, first.equals(second), "another API key's request is a new request");
    }

    @Test
    void aFailedRequestKeepsNoRecordAndAnExpiredKeyStartsAfresh() {
        String key = UUID.randomUUID().toString();
        Api.problem(
                Api.json(Map.of("headline", ""))
                        .header("Idempotency-Key", key)
                        .post("/stories")
                        .then(),
                400);
        String created = Api.json(Map.of("headline", "Budget"))
                .header("Idempotency-Key", key)
                .post("/stories")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");

        database.update("UPDATE idempotency_records SET expires_at = now() - interval '1 second' "
                + "WHERE idempotency_key = '" + key + "'");
        String again = Api.json(Map.of("headline", "Budget"))
                .header("Idempotency-Key", key)
                .post("/stories")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        assertEquals(false, created.equals(again), "after expiry the key is new again");
    }

    @Test
    void malformedKeysAre400() {
        var before = database.fingerprint();
        for (String bad : new String[] {"", "x".repeat(256), "caf\u00e9"}) {
            Api.problem(
                            Api.json(Map.of("headline", "Budget"))
                                    .header("Idempotency-Key", bad)
                                    .post("/stories")
                                    .then(),
                            400)
                    .body("errors[0].parameter", equalTo("Idempotency-Key"));
        }
        assertEquals(before, database.fingerprint());
    }
}
