package org.sourceledger.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

/** Each class of error answers problem+json with the right status and pointer, and writes nothing. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ErrorHandlingTest {

    @Inject
    Database database;

    @Test
    void malformedJsonIsA400ProblemAndWritesNothing() {
        var before = database.fingerprint();
        problem(json().body("{\"statement\": \"The bridge will close\",").post("/claims").then(), 400)
                .body("type", equalTo("urn:sourceledger:problem:malformed-request"))
                .body("detail", containsString("line 1"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void wrongJsonTypePointsAtTheField() {
        var before = database.fingerprint();
        problem(json(Map.of("statement", 42, "sourcing_level", "OFFICIAL")).post("/claims").then(), 400)
                .body("errors[0].pointer", equalTo("/statement"))
                .body("errors[0].detail", equalTo("must be a string"));
        problem(json(Map.of("statement", "Rates will rise", "sourcing_level", "OFFICIAL",
                "attribution", Map.of("source_count", "3"))).post("/claims").then(), 400)
                .body("errors[0].pointer", equalTo("/attribution/source_count"));
        problem(json(Map.of("statement", "Rates will rise", "sourcing_level", "OFFICIAL",
                "attribution", "a spokesperson")).post("/claims").then(), 400)
                .body("errors[0].pointer", equalTo("/attribution"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        var before = database.fingerprint();
        problem(json(Map.of("statement", "The port will close", "sourcing_level", "RUMOUR")).post("/claims").then(), 400)
                .body("errors[0].pointer", equalTo("/sourcing_level"))
                .body("errors[0].detail", containsString("ANONYMOUS, OFFICIAL, DECLINED_TO_COMMENT, ON_RECORD, "
                        + "NO_RESPONSE, DOCUMENT, SECONDARY_REPORT, WITNESSED, UNATTRIBUTED"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void unknownPropertyIsRejected() {
        var before = database.fingerprint();
        problem(json(Map.of("statement", "The port will close", "sourcing_level", "OFFICIAL", "verification",
                Map.of("status", "CORROBORATED"))).post("/claims").then(), 400)
                .body("errors[0].pointer", equalTo("/verification"))
                .body("errors[0].detail", containsString("not a known property"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void duplicateKeysAreRejected() {
        var before = database.fingerprint();
        problem(json().body("{\"statement\":\"a\",\"statement\":\"b\",\"sourcing_level\":\"OFFICIAL\"}")
                .post("/claims").then(), 400)
                .body("errors[0].pointer", equalTo("/statement"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void missingBodyIsRejected() {
        problem(json().post("/claims").then(), 400).body("errors[0].pointer", equalTo(""));
    }

    @Test
    void badUuidInPathNamesTheParameter() {
        problem(given().get("/claims/not-a-uuid").then(), 400)
                .body("errors[0].parameter", equalTo("claim_id"))
                .body("errors[0].detail", equalTo("must be a UUID"));
        problem(given().get("/claims/" + UUID.randomUUID() + "/links/12345").then(), 400)
                .body("errors[0].parameter", equalTo("link_id"));
    }

    @Test
    void badQueryParametersNameTheParameter() {
        problem(given().get("/claims?sourcing_level=GOSSIP").then(), 400)
                .body("errors[0].parameter", equalTo("sourcing_level"))
                .body("errors[0].detail", containsString("DECLINED_TO_COMMENT"));
        problem(given().get("/claims?limit=0").then(), 400).body("errors[0].parameter", equalTo("limit"));
        problem(given().get("/claims?limit=201").then(), 400).body("errors[0].parameter", equalTo("limit"));
        problem(given().get("/claims?limit=ten").then(), 400).body("errors[0].parameter", equalTo("limit"));
        problem(given().get("/claims?cursor=garbage").then(), 400).body("errors[0].parameter", equalTo("cursor"));
        problem(given().get("/claims?story_id=123").then(), 400).body("errors[0].parameter", equalTo("story_id"));
    }

    @Test
    void missingResourceIs404() {
        problem(given().get("/claims/" + UUID.randomUUID()).then(), 404)
                .body("type", equalTo("urn:sourceledger:problem:not-found"));
        problem(given().get("/no-such-collection").then(), 404);
    }

    @Test
    void wrongMethodIs405() {
        problem(json(Map.of()).put("/claims").then(), 405);
    }

    @Test
    void wrongContentTypeIs415AndWritesNothing() {
        var before = database.fingerprint();
        problem(given().contentType(ContentType.TEXT).body("The port will close").post("/claims").then(), 415);
        String storyId = Api.createStory("Content type check");
        before = database.fingerprint();
        problem(json(Map.of("headline", "Patched with the wrong type")).patch("/stories/" + storyId).then(), 415);
        assertEquals(before, database.fingerprint());
    }

    @Test
    void unacceptableAcceptIs406() {
        problem(given().accept("text/html").get("/claims").then(), 406);
    }

    @Test
    void bodyOverOneMebibyteIs413AndWritesNothing() {
        var before = database.fingerprint();
        String statement = "x".repeat(1024 * 1024 + 1);
        problem(json(Map.of("statement", statement, "sourcing_level", "OFFICIAL")).post("/claims").then(), 413)
                .body("type", equalTo("urn:sourceledger:problem:payload-too-large"));
        assertEquals(before, database.fingerprint());
    }

    @TestHTTPResource("/claims")
    URI claimsUri;

    /** A body of unknown length arrives chunked; the limit and the problem body hold for it too. */
    @Test
    void chunkedBodiesAreLimitedToo() throws Exception {
        var before = database.fingerprint();
        String oversized = "{\"statement\":\"" + "c".repeat(1024 * 1024 + 10) + "\",\"sourcing_level\":\"OFFICIAL\"}";
        HttpResponse<String> tooLarge = postChunked(oversized);
        assertEquals(413, tooLarge.statusCode());
        assertEquals(Api.PROBLEM_JSON, tooLarge.headers().firstValue("Content-Type").orElse(""));
        assertTrue(tooLarge.body().contains("urn:sourceledger:problem:payload-too-large"));
        assertEquals(before, database.fingerprint());

        HttpResponse<String> small = postChunked("{\"statement\":\"Sent in chunks\",\"sourcing_level\":\"OFFICIAL\"}");
        assertEquals(201, small.statusCode());
    }

    /** Java's client offers HTTP/2 by default; a body of unknown length must still be read normally then. */
    @Test
    void bodiesWithoutLengthOverHttp2UpgradeAreRead() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(claimsUri).header("Content-Type", "application/json")
                .header("Authorization", Keys.bearer(Keys.DEVELOPMENT_KEY))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        "{\"statement\":\"Sent without a length\",\"sourcing_level\":\"OFFICIAL\"}"
                                .getBytes(StandardCharsets.UTF_8))))
                .build();
        assertEquals(201, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private HttpResponse<String> postChunked(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(claimsUri).header("Content-Type", "application/json")
                .header("Authorization", Keys.bearer(Keys.DEVELOPMENT_KEY))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The contract bounds If-Match at 1,000 characters: a longer one is a bad request, not a stale ETag. */
    @Test
    void ifMatchOverTheContractsLimitIs400NamingTheHeader() {
        String storyId = Api.createStory("If-Match limit");
        String claimId = Api.createOfficialClaim(storyId, "The ferry will run every hour");
        String reportId = Api.createReport("Limit Wire", "NEWS");
        String linkId = Api.link(claimId, reportId, "CORROBORATES").statusCode(201).extract().path("id");
        json(Map.of("rating", "TRUE", "explanation", "Timetable checked")).put("/claims/" + claimId + "/verdict")
                .then().statusCode(200);
        String tooLong = "\"" + "7".repeat(999) + "\"";
        assertEquals(1001, tooLong.length());
        Map<String, Object> verdict = Map.of("rating", "FALSE", "explanation", "Overwritten");
        var before = database.fingerprint();
        List<ValidatableResponse> answers = List.of(
                patch(tooLong, Map.of("headline", "Changed")).patch("/stories/" + storyId).then(),
                given().header("If-Match", tooLong).delete("/stories/" + storyId).then(),
                patch(tooLong, Map.of("statement", "Changed")).patch("/claims/" + claimId).then(),
                given().header("If-Match", tooLong).delete("/claims/" + claimId).then(),
                patch(tooLong, Map.of("title", "Changed")).patch("/reports/" + reportId).then(),
                given().header("If-Match", tooLong).delete("/reports/" + reportId).then(),
                given().header("If-Match", tooLong).delete("/claims/" + claimId + "/links/" + linkId).then(),
                json(verdict).header("If-Match", tooLong).put("/claims/" + claimId + "/verdict").then(),
                given().header("If-Match", tooLong).delete("/claims/" + claimId + "/verdict").then());
        for (ValidatableResponse answer : answers) {
            problem(answer, 400).body("type", equalTo("urn:sourceledger:problem:validation-failed"))
                    .body("errors[0].parameter", equalTo("If-Match"))
                    .body("errors[0].detail", containsString("1000"));
        }
        assertEquals(before, database.fingerprint());
        json().get("/claims/" + claimId + "/verdict").then().statusCode(200).body("rating", equalTo("TRUE"));

        // At the limit it is an ordinary (here stale) ETag.
        String atLimit = "\"" + "7".repeat(998) + "\"";
        problem(patch(atLimit, Map.of("headline", "Changed")).patch("/stories/" + storyId).then(), 412);
    }

    private static io.restassured.specification.RequestSpecification patch(String ifMatch, Map<String, ?> body) {
        return given().contentType(Api.MERGE_PATCH).accept(ContentType.JSON).header("If-Match", ifMatch).body(body);
    }

    @Test
    void errorsNeverLeakJavaNames() {
        String[] bodies = {"{\"statement\": 1}", "[1,2]", "\"text\"", "{\"statement\":\"a\",\"sourcing_level\":7}",
                "{\"statement\":\"a\",\"sourcing_level\":\"OFFICIAL\",\"story_id\":\"nope\"}",
                "{\"statement\":\"a\",\"sourcing_level\":\"OFFICIAL\",\"attribution\":{\"source_count\":1.5}}"};
        for (String body : bodies) {
            json().body(body).post("/claims").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                    .body(not(containsString("java.")))
                    .body(not(containsString("com.fasterxml")))
                    .body(not(containsString("org.sourceledger")))
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void validationErrorsCarryNoErrorsArrayWhenNotAboutFields() {
        problem(given().get("/claims/" + UUID.randomUUID()).then(), 404).body("errors", nullValue());
    }
}
