package org.sourceledger.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class HardeningTest {

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        for (var response : new io.restassured.response.ValidatableResponse[] {
            Api.json().get("/claims").then().statusCode(200),
            Keys.anonymous().get("/claims").then().statusCode(401),
            Api.json().get("/claims/" + UUID.randomUUID()).then().statusCode(404),
            RestAssured.given().get("/q/health/ready").then().statusCode(200)
        }) {
            response.header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    @Test
    void corsIsOffByDefault() {
        RestAssured.given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/claims")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        Api.json()
                .header("Origin", "https://evil.example")
                .get("/claims")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        Api.problem(Api.json("{\"statement\": [[[[").post("/claims").then(), 400)
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
