package org.sourceledger.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * A browser-based newsroom tool can call the API once an operator lists its origin (QUARKUS_HTTP_CORS_ENABLED and
 * QUARKUS_HTTP_CORS_ORIGINS, see docs/security.md, CORS). Only the listed origins get through, with the headers
 * such a tool needs to send (Authorization, If-Match, Idempotency-Key) and to read (ETag, Location, X-Request-Id).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestProfile(CorsAllowListTest.OneNewsroomTool.class)
class CorsAllowListTest {

    static final String TOOL = "https://cms.newsroom.example";

    public static class OneNewsroomTool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", TOOL);
        }
    }

    @Test
    void aListedOriginMayPatchWithIfMatch() {
        RestAssured.given()
                .header("Origin", TOOL)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/claims/0b9f6a3e-5c1d-4c44-9a59-2f1f5d7e8a10")
                .then()
                .header("Access-Control-Allow-Origin", equalTo(TOOL))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void aListedOriginCanReadTheETagAndLocation() {
        Api.json(Map.of("headline", "CORS"))
                .header("Origin", TOOL)
                .post("/stories")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(TOOL))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anyOtherOriginIsRefusedWithAProblem() {
        Api.problem(
                        RestAssured.given()
                                .header("Origin", "https://evil.example")
                                .header("Access-Control-Request-Method", "GET")
                                .options("/claims")
                                .then(),
                        403)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo("urn:sourceledger:problem:origin-not-allowed"));
        Api.problem(
                        Api.json()
                                .header("Origin", "https://evil.example")
                                .get("/claims")
                                .then(),
                        403)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo("urn:sourceledger:problem:origin-not-allowed"));
    }

    @Test
    void sameOriginRequestsNeedNoListing() {
        String self = "http://localhost:" + RestAssured.port;
        Api.json().header("Origin", self).get("/claims").then().statusCode(200);
    }
}
