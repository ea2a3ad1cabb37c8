package org.sourceledger.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ApiKeyResourceTest {

    @Inject
    Database database;

    @Test
    void anIssuedKeyIsShownOnceStoredAsAHashAndWorksForItsRole() {
        String name = "cms-" + UUID.randomUUID();
        var issued = Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .contentType("application/json")
                .body(Map.of("name", name, "role", "REPORTER"))
                .post("/api-keys")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("name", equalTo(name))
                .body("role", equalTo("REPORTER"))
                .body("active", equalTo(true))
                .body("created_by", equalTo("bootstrap-admin"))
                .body("key", matchesPattern("^slk_[A-Za-z0-9_-]{43}$"))
                .extract();
        String key = issued.path("key");
        String id = issued.path("id");

        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .get("/api-keys/" + id)
                .then()
                .statusCode(200)
                .body("key", nullValue())
                .body("key_prefix", equalTo(key.substring(0, 12)));
        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .get("/api-keys?limit=200")
                .then()
                .statusCode(200)
                .body("items.name", hasItem(name))
                .body("items.key", not(hasItem(key)));
        assertEquals(
                0,
                database.count("SELECT count(*) FROM api_keys WHERE key_hash::text LIKE '%"
                        + HexFormat.of().formatHex(key.getBytes()) + "%' OR key_prefix = '" + key + "'"));

        String claim = Keys.as(key)
                .contentType("application/json")
                .body(Map.of(
                        "statement",
                        "The port reopens on Monday.",
                        "sourcing_level",
                        "OFFICIAL",
                        "attribution",
                        Map.of("source_organization", "Port authority")))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("created_by", equalTo(name))
                .extract()
                .path("id");
        Api.problem(Keys.as(key).delete("/claims/" + claim).then(), 403);
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceAndStaysOnRecord() {
        String name = "revoked-" + UUID.randomUUID();
        var issued = Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .contentType("application/json")
                .body(Map.of("name", name, "role", "READER"))
                .post("/api-keys")
                .then()
                .statusCode(201)
                .extract();
        String key = issued.path("key");
        Keys.as(key).get("/claims").then().statusCode(200);

        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .delete("/api-keys/" + issued.path("id"))
                .then()
                .statusCode(204);
        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .delete("/api-keys/" + issued.path("id"))
                .then()
                .statusCode(204);

        Api.problem(Keys.as(key).get("/claims").then(), 401);
        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .get("/api-keys/" + issued.path("id"))
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("revoked_by", equalTo("bootstrap-admin"))
                .body("revoked_at", notNullValue());
    }

    @Test
    void anExpiredKeyIsRefused() throws InterruptedException {
        String name = "expiring-" + UUID.randomUUID();
        Instant expiry =
                Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        var issued = Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .contentType("application/json")
                .body(Map.of("name", name, "role", "READER", "expires_at", expiry.toString()))
                .post("/api-keys")
                .then()
                .statusCode(201)
                .body("expires_at", equalTo(expiry.toString()))
                .extract();
        String key = issued.path("key");
        Keys.as(key).get("/stories").then().statusCode(200);
        Keys.as(key).get("/stories").then().statusCode(200); // now remembered by ApiKeyCache, expiry included

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 50);

        Api.problem(Keys.as(key).get("/stories").then(), 401);
    }

    @Test
    void badKeyRequestsChangeNothing() {
        var before = database.fingerprint();
        String name = "twice-" + UUID.randomUUID();
        Keys.issue("READER", name);
        var afterFirst = database.fingerprint();

        Api.problem(
                        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                                .contentType("application/json")
                                .body(Map.of("name", name, "role", "EDITOR"))
                                .post("/api-keys")
                                .then(),
                        409)
                .body("type", equalTo("urn:sourceledger:problem:duplicate-key-name"));
        Api.problem(
                        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                                .contentType("application/json")
                                .body(Map.of("name", "x", "role", "OWNER"))
                                .post("/api-keys")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/role"));
        Api.problem(
                        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                                .contentType("application/json")
                                .body(Map.of("name", "x", "role", "READER", "expires_at", "2001-01-01T00:00:00Z"))
                                .post("/api-keys")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/expires_at"));
        Api.problem(
                Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                        .contentType("application/json")
                        .body(Map.of("name", "\u0000bad", "role", "READER"))
                        .post("/api-keys")
                        .then(),
                400);

        assertEquals(afterFirst, database.fingerprint());
        assertEquals(before.get("api_keys") + 1, afterFirst.get("api_keys"));
    }

    @Test
    void theLastActiveAdminKeyCannotBeRevoked() {
        // Other tests may have issued admin keys; revoke all but the bootstrap one first.
        database.update("UPDATE api_keys SET revoked_at = now(), revoked_by = 'test' "
                + "WHERE role = 'ADMIN' AND name <> 'bootstrap-admin' AND revoked_at IS NULL");
        String bootstrapId = Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                .get("/api-keys?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.name == 'bootstrap-admin' }.id");

        Api.problem(
                Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                        .delete("/api-keys/" + bootstrapId)
                        .then(),
                409);
        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY).get("/api-keys/" + bootstrapId).then().body("active", equalTo(true));
    }

    @Test
    void malformedAuthorizationHeadersAre401() {
        for (String header : new String[] {"Basic dXNlcjpwYXNz", "Bearer", "Bearer    ", "slk_nothing"}) {
            Api.problem(
                    io.restassured.RestAssured.given()
                            .header("Authorization", header)
                            .get("/claims")
                            .then(),
                    401);
        }
    }
}
