package org.sourceledger.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
        problem(
                        json().body("{\"statement\": \"The bridge will close\",")
                                .post("/claims")
                                .then(),
                        400)
                .body("type", equalTo("urn:sourceledger:problem:malformed-request"))
                .body("detail", containsString("line 1"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void wrongJsonTypePointsAtTheField() {
        var before = database.fingerprint();
        problem(
                        json(Map.of("statement", 42, "sourcing_level", "OFFICIAL"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/statement"))
                .body("errors[0].detail", equalTo("must be a string"));
        problem(
                        json(Map.of(
                                        "statement",
                                        "Rates will rise",
                                        "sourcing_level",
                                        "OFFICIAL",
                                        "attribution",
                                        Map.of("source_count", "3")))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/source_count"));
        problem(
                        json(Map.of(
                                        "statement",
                                        "Rates will rise",
                                        "sourcing_level",
                                        "OFFICIAL",
                                        "attribution",
                                        "a spokesperson"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        var before = database.fingerprint();
        problem(
                        json(Map.of("statement", "The port will close", "sourcing_level", "RUMOUR"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/sourcing_level"))
                .body(
                        "errors[0].detail",
                        containsString("ANONYMOUS, OFFICIAL, DECLINED_TO_COMMENT, ON_RECORD, "
                                + "NO_RESPONSE, DOCUMENT, SECONDARY_REPORT, WITNESSED, UNATTRIBUTED"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void unknownPropertyIsRejected() {
        var before = database.fingerprint();
        problem(
                        json(Map.of(
                                        "statement",
                                        "The port will close",
                                        "sourcing_level",
                                        "OFFICIAL",
                                        "verification",
                                        Map.of("status", "CORROBORATED")))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/verification"))
                .body("errors[0].detail", containsString("not a known property"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void duplicateKeysAreRejected() {
        var before = database.fingerprint();
        problem(
                        json().body("{\"statement\":\"a\",\"statement\":\"b\",\"sourcing_level\":\"OFFICIAL\"}")
                                .post("/claims")
                                .then(),
                        400)
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
        problem(
                given().contentType(ContentType.TEXT)
                        .body("The port will close")
                        .post("/claims")
                        .then(),
                415);
        String storyId = Api.createStory("Content type check");
        before = database.fingerprint();
        problem(
                json(Map.of("headline", "Patched with the wrong type"))
                        .patch("/stories/" + storyId)
                        .then(),
                415);
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
        problem(
                        json(Map.of("statement", statement, "sourcing_level", "OFFICIAL"))
                                .post("/claims")
                                .then(),
                        413)
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
        assertEquals(
                Api.PROBLEM_JSON, tooLarge.headers().firstValue("Content-Type").orElse(""));
        assertTrue(tooLarge.body().contains("urn:sourceledger:problem:payload-too-large"));
        assertEquals(before, database.fingerprint());

        HttpResponse<String> small = postChunked("{\"statement\":\"Sent in chunks\",\"sourcing_level\":\"OFFICIAL\"}");
        assertEquals(201, small.statusCode());
    }

    /** Java's client offers HTTP/2 by default; a body of unknown length must still be read normally then. */
    @Test
    void bodiesWithoutLengthOverHttp2UpgradeAreRead() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(claimsUri)
                .header("Content-Type", "application/json")
                .header("Authorization", Keys.bearer(Keys.DEVELOPMENT_KEY))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        "{\"statement\":\"Sent without a length\",\"sourcing_level\":\"OFFICIAL\"}"
                                .getBytes(StandardCharsets.UTF_8))))
                .build();
        assertEquals(
                201,
                HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    private HttpResponse<String> postChunked(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(claimsUri)
                .header("Content-Type", "application/json")
                .header("Authorization", Keys.bearer(Keys.DEVELOPMENT_KEY))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The contract bounds If-Match at 1,000 characters: a longer one is a bad request, not a stale ETag. */
    @Test
    void ifMatchOverTheContractsLimitIs400NamingTheHeader() {
        String storyId = Api.createStory("If-Match limit");
        String claimId = Api.createOfficialClaim(storyId, "The ferry will run every hour");
        String reportId = Api.createReport("Limit Wire", "NEWS");
        String linkId = Api.link(claimId, reportId, "CORROBORATES")
                .statusCode(201)
                .extract()
                .path("id");
        json(Map.of("rating", "TRUE", "explanation", "Timetable checked"))
                .put("/claims/" + claimId + "/verdict")
                .then()
                .statusCode(200);
        String tooLong = "\"" + "7".repeat(999) + "\"";
        assertEquals(1001, tooLong.length());
        Map<String, Object> verdict = Map.of("rating", "FALSE", "explanation", "Overwritten");
        var before = database.fingerprint();
        List<ValidatableResponse> answers = List.of(
                patch(tooLong, Map.of("headline", "Changed"))
                        .patch("/stories/" + storyId)
                        .then(),
                given().header("If-Match", tooLong)
                        .delete("/stories/" + storyId)
                        .then(),
                patch(tooLong, Map.of("statement", "Changed"))
                        .patch("/claims/" + claimId)
                        .then(),
                given().header("If-Match", tooLong).delete("/claims/" + claimId).then(),
                patch(tooLong, Map.of("title", "Changed"))
                        .patch("/reports/" + reportId)
                        .then(),
                given().header("If-Match", tooLong)
                        .delete("/reports/" + reportId)
                        .then(),
                given().header("If-Match", tooLong)
                        .delete("/claims/" + claimId + "/links/" + linkId)
                        .then(),
                json(verdict)
                        .header("If-Match", tooLong)
                        .put("/claims/" + claimId + "/verdict")
                        .then(),
                given().header("If-Match", tooLong)
                        .delete("/claims/" + claimId + "/verdict")
                        .then());
        for (ValidatableResponse answer : answers) {
            problem(answer, 400)
                    .body("type", equalTo("urn:sourceledger:problem:validation-failed"))
                    .body("errors[0].parameter", equalTo("If-Match"))
                    .body("errors[0].detail", containsString("1000"));
        }
        assertEquals(before, database.fingerprint());
        json().get("/claims/" + claimId + "/verdict").then().statusCode(200).body("rating", equalTo("TRUE"));

        // At the limit it is an ordinary (here stale) ETag.
        String atLimit = "\"" + "7".repeat(998) + "\"";
        problem(
                patch(atLimit, Map.of("headline", "Changed"))
                        .patch("/stories/" + storyId)
                        .then(),
                412);
    }

    private static io.restassured.specification.RequestSpecification patch(String ifMatch, Map<String, ?> body) {
        return given().contentType(Api.MERGE_PATCH)
                .accept(ContentType.JSON)
                .header("If-Match", ifMatch)
                .body(body);
    }

    /** An empty string is not a missing value: not in a UUID field, not in a query parameter. */
    @Test
    void emptyOrPaddedIdsAreNotIds() {
        String storyId = Api.createStory("Empty ids");
        String claimId = Api.createOfficialClaim(storyId, "The bridge will reopen in May");
        String reportId = Api.createReport("Empty Wire", "NEWS");
        var before = database.fingerprint();
        for (String id : new String[] {
            "", " ", " " + storyId, storyId + " ", "AAAAAAAAAAAAAAAAAAAAAA==", storyId.replace("-", "")
        }) {
            problem(
                            json(body("statement", "The port will close", "sourcing_level", "OFFICIAL", "story_id", id))
                                    .post("/claims")
                                    .then(),
                            400)
                    .body("errors[0].pointer", equalTo("/story_id"))
                    .body("errors[0].detail", equalTo("must be a UUID string"));
        }
        problem(
                        given().contentType(Api.MERGE_PATCH)
                                .body(Map.of("story_id", ""))
                                .patch("/claims/" + claimId)
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/story_id"));
        problem(
                        json(Map.of("report_id", "", "relation", "CORROBORATES"))
                                .post("/claims/" + claimId + "/links")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/report_id"));
        problem(
                        json(Map.of(
                                        "url",
                                        "https://empty.example/1",
                                        "title",
                                        "t",
                                        "outlet",
                                        "o",
                                        "kind",
                                        "NEWS",
                                        "derived_from",
                                        List.of(reportId, "")))
                                .post("/reports")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/derived_from/1"))
                .body("errors[0].detail", equalTo("must be a UUID string"));
        problem(
                        json(Map.of("text", "The mayor said the port will close.", "story_id", "", "persist", true))
                                .post("/attribution-analyses")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/story_id"));
        assertEquals(before, database.fingerprint());
        json().get("/claims/" + claimId).then().statusCode(200).body("story_id", equalTo(storyId));
    }

    @Test
    void emptyQueryParametersAreNotMissing() {
        String storyId = Api.createStory("Empty parameters");
        for (String query : new String[] {
            "/claims?story_id=",
            "/claims?sourcing_level=",
            "/claims?verification_status=",
            "/claims?limit=",
            "/claims?cursor=",
            "/claims?story_id",
            "/reports?limit=",
            "/reports?cursor=",
            "/stories?limit=",
            "/stories/" + storyId + "/claims?sourcing_level=",
            "/stories/" + storyId + "/history?cursor="
        }) {
            String parameter = query.substring(query.indexOf('?') + 1).replace("=", "");
            problem(given().urlEncodingEnabled(false).get(query).then(), 400)
                    .body("errors[0].parameter", equalTo(parameter));
        }
    }

    /** Query values are judged as sent: no "+" sign or non-ASCII digits in a number, no spaces padding q past 200. */
    @Test
    void queryValuesAreJudgedAsSent() {
        for (String limit : new String[] {"%2B5", "%D9%A5", "5.0", "99999999999"}) {
            problem(
                            given().urlEncodingEnabled(false)
                                    .get("/claims?limit=" + limit)
                                    .then(),
                            400)
                    .body("errors[0].parameter", equalTo("limit"));
        }
        problem(
                        given().urlEncodingEnabled(false)
                                .get("/claims?q=" + "a".repeat(150) + "%20".repeat(51))
                                .then(),
                        400)
                .body("errors[0].parameter", equalTo("q"));
        json().get("/claims?limit=5&q=").then().statusCode(200);
    }

    /** An enum value with stray spaces is not that value, in a body or in a query. */
    @Test
    void enumValuesWithStraySpacesAreRejected() {
        String storyId = Api.createStory("Padded enums");
        String claimId = Api.createOfficialClaim(storyId, "The tunnel will close at night");
        String reportId = Api.createReport("Padded Wire", "NEWS");
        var before = database.fingerprint();
        for (String padded : new String[] {"OFFICIAL ", " OFFICIAL", "OFFICIAL\t", "OFFICIAL\n", "\u00a0OFFICIAL"}) {
            problem(
                            json(body("statement", "The port will close", "sourcing_level", padded))
                                    .post("/claims")
                                    .then(),
                            400)
                    .body("errors[0].pointer", equalTo("/sourcing_level"))
                    .body("errors[0].detail", containsString("allowed values are: ANONYMOUS, OFFICIAL,"));
        }
        problem(
                        given().contentType(Api.MERGE_PATCH)
                                .body(Map.of("sourcing_level", "OFFICIAL "))
                                .patch("/claims/" + claimId)
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/sourcing_level"));
        problem(
                        json(body(
                                        "statement",
                                        "The port will close",
                                        "sourcing_level",
                                        "ANONYMOUS",
                                        "attribution",
                                        body("anonymity_reason", "fear of reprisal", "ground_rules", "BACKGROUND ")))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/ground_rules"))
                .body("errors[0].detail", containsString("BACKGROUND, DEEP_BACKGROUND"));
        problem(
                        json(Map.of("url", "https://padded.example/1", "title", "t", "outlet", "o", "kind", "NEWS "))
                                .post("/reports")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/kind"));
        problem(
                        json(Map.of("headline", "Padded state", "state", " DRAFT"))
                                .post("/stories")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/state"));
        problem(
                        json(Map.of("report_id", reportId, "relation", "CORROBORATES "))
                                .post("/claims/" + claimId + "/links")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/relation"));
        problem(
                        json(Map.of("rating", "TRUE ", "explanation", "Checked"))
                                .put("/claims/" + claimId + "/verdict")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/rating"));
        problem(
                        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                                .contentType(ContentType.JSON)
                                .body(Map.of("name", "padded-role-" + UUID.randomUUID(), "role", "EDITOR "))
                                .post("/api-keys")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/role"));
        assertEquals(before, database.fingerprint());

        for (String query : new String[] {
            "/claims?sourcing_level=OFFICIAL%20",
            "/claims?sourcing_level=%20OFFICIAL",
            "/claims?sourcing_level=OFFICIAL+",
            "/claims?verification_status=UNVERIFIED%09",
            "/stories/" + storyId + "/claims?sourcing_level=OFFICIAL%20"
        }) {
            problem(given().urlEncodingEnabled(false).get(query).then(), 400)
                    .body("errors[0].parameter", containsString("_"))
                    .body("errors[0].detail", containsString("allowed values are:"));
        }
    }

    /** Timestamps are RFC 3339 date-times: not epoch numbers in a string, not padded, not five-digit years. */
    @Test
    void timestampsMustBeRfc3339() {
        var before = database.fingerprint();
        for (String bad : new String[] {
            "12345",
            "12345.5",
            " 2026-11-28T09:30:00Z",
            "2026-11-28T09:30:00Z ",
            "+12026-11-28T09:30:00Z",
            "2026-02-30T09:30:00Z",
            "2026-11-28T09:30:00",
            "2026-11-28T09:30Z",
            "2026-11-28T09:30:00+0100"
        }) {
            problem(
                            json(Map.of(
                                            "url",
                                            "https://time.example/" + UUID.randomUUID(),
                                            "title",
                                            "t",
                                            "outlet",
                                            "o",
                                            "kind",
                                            "NEWS",
                                            "published_at",
                                            bad))
                                    .post("/reports")
                                    .then(),
                            400)
                    .body("errors[0].pointer", equalTo("/published_at"))
                    .body("errors[0].detail", containsString("RFC 3339"));
        }
        problem(
                        Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "name",
                                        "epoch-" + UUID.randomUUID(),
                                        "role",
                                        "EDITOR",
                                        "expires_at",
                                        "99999999999"))
                                .post("/api-keys")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/expires_at"))
                .body("errors[0].detail", containsString("RFC 3339"));
        assertEquals(before, database.fingerprint());

        for (String[] good : new String[][] {
            {"2026-11-28T09:30:00Z", "2026-11-28T09:30:00Z"},
            {"2026-11-28T09:30:00.250Z", "2026-11-28T09:30:00.250Z"},
            {"2026-11-28T10:30:00+01:00", "2026-11-28T09:30:00Z"}
        }) {
            json(Map.of(
                            "url",
                            "https://time.example/" + UUID.randomUUID(),
                            "title",
                            "t",
                            "outlet",
                            "o",
                            "kind",
                            "NEWS",
                            "published_at",
                            good[0]))
                    .post("/reports")
                    .then()
                    .statusCode(201)
                    .body("published_at", equalTo(good[1]));
        }
    }

    /** Vert.x refuses an over-long request line before routing; the refusal is still a problem document. */
    @Test
    void overlongUriIs414ProblemJson() throws Exception {
        for (int length : new int[] {5_000, 20_000}) {
            HttpResponse<String> answer = getRaw(claimsUri + "?cursor=" + "a".repeat(length));
            assertEquals(414, answer.statusCode());
            assertEquals(
                    Api.PROBLEM_JSON,
                    answer.headers().firstValue("Content-Type").orElse(""));
            JsonPath body = JsonPath.from(answer.body());
            assertEquals(414, body.getInt("status"));
            assertEquals("urn:sourceledger:problem:uri-too-long", body.getString("type"));
            assertTrue(body.getString("detail").contains("4096"), body.getString("detail"));
            assertTrue(body.getString("instance").startsWith("urn:sourceledger:request:"));
            assertFalse(answer.body().contains("Exception"));
        }
        // Under the limit the request reaches the API, which judges the cursor.
        HttpResponse<String> underLimit = getRaw(claimsUri + "?cursor=" + "a".repeat(4_000));
        assertEquals(400, underLimit.statusCode());
        assertTrue(underLimit.body().contains("\"parameter\":\"cursor\""), underLimit.body());
    }

    private static HttpResponse<String> getRaw(String uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .header("Accept", "application/json")
                .header("Authorization", Keys.bearer(Keys.DEVELOPMENT_KEY))
                .GET()
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A body as ordered name/value pairs. */
    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void errorsNeverLeakJavaNames() {
        String[] bodies = {
            "{\"statement\": 1}",
            "[1,2]",
            "\"text\"",
            "{\"statement\":\"a\",\"sourcing_level\":7}",
            "{\"statement\":\"a\",\"sourcing_level\":\"OFFICIAL\",\"story_id\":\"nope\"}",
            "{\"statement\":\"a\",\"sourcing_level\":\"OFFICIAL\",\"attribution\":{\"source_count\":1.5}}"
        };
        for (String body : bodies) {
            json().body(body)
                    .post("/claims")
                    .then()
                    .statusCode(400)
                    .contentType(Api.PROBLEM_JSON)
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
