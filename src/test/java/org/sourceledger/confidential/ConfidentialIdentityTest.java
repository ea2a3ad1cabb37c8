package org.sourceledger.confidential;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.common.crypto.IdentityCipher;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;
import org.sourceledger.support.LogCapture;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConfidentialIdentityTest {

    @Inject
    Database database;

    @Inject
    IdentityCipher cipher;

    @Test
    void onlyAnEditorReadsItAndEveryReadIsRecorded() {
        String claim = anonymousClaim("Harbour pilot on the night shift");
        String editorName = "editor-" + UUID.randomUUID();
        String editor = Keys.issue("EDITOR", editorName);

        Keys.as(editor)
                .get("/claims/" + claim + "/confidential-identity")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("claim_id", equalTo(claim))
                .body("confidential_identity", equalTo("Harbour pilot on the night shift"));
        Keys.as(editor)
                .get("/claims/" + claim + "/confidential-identity")
                .then()
                .statusCode(200);
        Api.problem(
                Keys.as(Keys.issue("FACTCHECKER"))
                        .get("/claims/" + claim + "/confidential-identity")
                        .then(),
                403);

        Keys.as(editor)
                .get("/claims/" + claim + "/confidential-identity/reads")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.actor", contains(editorName, editorName))
                .body("items[0].claim_id", equalTo(claim));
        assertEquals(
                2,
                database.count("SELECT count(*) FROM confidential_identity_reads WHERE claim_id = '" + claim
                        + "' AND actor = '" + editorName + "'"));
    }

    @Test
    void aClaimWithoutOneAnswers404AndIsNotRecordedAsRead() {
        String claim = Api.createOfficialClaim(Api.createStory("Council budget"), "The budget grows by 3%.");
        Api.problem(
                Api.json().get("/claims/" + claim + "/confidential-identity").then(), 404);
        assertEquals(
                0, database.count("SELECT count(*) FROM confidential_identity_reads WHERE claim_id = '" + claim + "'"));
    }

    @Test
    void aPatchReplacesOrRemovesItAndLeavingAnonymityRequiresRemovingIt() {
        String claim = anonymousClaim("First source");
        Api.json()
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("statement", "Edited statement."))
                .patch("/claims/" + claim)
                .then()
                .statusCode(200);
        readAsEditor(claim, "First source");

        Api.json()
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("confidential_identity", "Second source"))
                .patch("/claims/" + claim)
                .then()
                .statusCode(200);
        readAsEditor(claim, "Second source");

        var before = database.fingerprint();
        Api.problem(
                        Api.json()
                                .contentType(Api.MERGE_PATCH)
                                .body(Map.of(
                                        "sourcing_level",
                                        "OFFICIAL",
                                        "attribution",
                                        Map.of("source_organization", "Port authority")))
                                .patch("/claims/" + claim)
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/confidential_identity"));
        assertEquals(before, database.fingerprint());

        Map<String, Object> onRecord = new HashMap<>(
                Map.of("sourcing_level", "OFFICIAL", "attribution", Map.of("source_organization", "Port authority")));
        onRecord.put("confidential_identity", null);
        Api.json()
                .contentType(Api.MERGE_PATCH)
                .body(onRecord)
                .patch("/claims/" + claim)
                .then()
                .statusCode(200);
        Api.problem(
                Api.json().get("/claims/" + claim + "/confidential-identity").then(), 404);
    }

    @Test
    void onlyAnonymousClaimsMayCarryOne() {
        var before = database.fingerprint();
        Api.problem(
                        Api.json(Map.of(
                                        "statement",
                                        "The mayor resigned.",
                                        "sourcing_level",
                                        "OFFICIAL",
                                        "attribution",
                                        Map.of("source_organization", "City hall"),
                                        "confidential_identity",
                                        "Someone"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/confidential_identity"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void aCiphertextOnlyOpensForItsOwnClaim() {
        UUID claim = UUID.randomUUID();
        byte[] sealed = cipher.encrypt(claim, "Only for this claim");
        assertEquals("Only for this claim", cipher.decrypt(claim, sealed));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(UUID.randomUUID(), sealed));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(claim, sealed));
        assertFalse(new String(cipher.encrypt(claim, "Only for this claim"), StandardCharsets.ISO_8859_1)
                .contains("Only for this claim"));
    }

    /**
     * Records an identity and then does everything else a client can do with the claim, including requests that
     * fail; the plaintext must show up in the editor's read only, never in another response, a table or the log.
     */
    @Test
    void thePlaintextLeaksIntoNoResponseNoTableAndNoLogLine() {
        String marker = UUID.randomUUID().toString();
        String secret = "Wojciech Zbigniewski " + marker;
        LogCapture log = LogCapture.start("org.hibernate.SQL", "org.sourceledger", "io.quarkus.security");
        List<String> responses = new ArrayList<>();
        try {
            String story = Api.createStory("Drone ban");
            Map<String, Object> body = new HashMap<>(Map.of(
                    "story_id",
                    story,
                    "statement",
                    "Night flights will be banned, Zbigniewski's office fears.",
                    "sourcing_level",
                    "ANONYMOUS",
                    "attribution",
                    Map.of("source_description", "a harbour official", "anonymity_reason", "not authorised to speak"),
                    "confidential_identity",
                    secret));
            var created = Api.json(body).post("/claims").then().statusCode(201).extract();
            responses.add(text(created));
            String claim = created.path("id");
            String report = Api.createReport("Wire", "WIRE");
            responses.add(
                    text(Api.link(claim, report, "CORROBORATES").statusCode(201).extract()));

            for (String path : List.of(
                    "/claims/" + claim,
                    "/claims?limit=200",
                    "/claims?q=Zbigniewski",
                    "/claims?q=Wojciech",
                    "/stories/" + story + "/claims",
                    "/claims/" + claim + "/history",
                    "/claims/" + claim + "/verification",
                    "/claims/" + claim + "/links",
                    "/stories/" + story + "/sourcing-summary",
                    "/claims/" + claim + "/claim-review",
                    "/claims/" + claim + "/verdict")) {
                responses.add(text(Api.json().get(path).then().extract()));
            }
            responses.add(text(Api.json()
                    .contentType(Api.MERGE_PATCH)
                    .body(Map.of("statement", "Edited."))
                    .patch("/claims/" + claim)
                    .then()
                    .statusCode(200)
                    .extract()));
            // Failing requests that carry the secret: errors must not echo it.
            responses.add(text(Api.json()
                    .contentType(Api.MERGE_PATCH)
                    .body(Map.of("sourcing_level", "OFFICIAL"))
                    .patch("/claims/" + claim)
                    .then()
                    .statusCode(400)
                    .extract()));
            body.put("confidential_identity", secret + "x".repeat(1000));
            responses.add(
                    text(Api.json(body).post("/claims").then().statusCode(400).extract()));
            body.put("confidential_identity", secret);
            body.put("sourcing_level", "ON_RECORD");
            responses.add(
                    text(Api.json(body).post("/claims").then().statusCode(400).extract()));
            responses.add(text(Api.json()
                    .body("{\"statement\": \"x\", \"confidential_identity\": \"" + secret
                            + "\", \"sourcing_level\": 7}")
                    .post("/claims")
                    .then()
                    .statusCode(400)
                    .extract()));
            responses.add(text(Api.json()
                    .body("{\"confidential_identity\": \"" + secret + "\" ")
                    .post("/claims")
                    .then()
                    .statusCode(400)
                    .extract()));
            responses.add(text(Keys.as(Keys.issue("REPORTER"))
                    .contentType(Api.MERGE_PATCH)
                    .body(Map.of("confidential_identity", secret))
                    .delete("/claims/" + claim)
                    .then()
                    .statusCode(403)
                    .extract()));

            String read = Api.json()
                    .get("/claims/" + claim + "/confidential-identity")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("confidential_identity");
            assertEquals(secret, read, "the editor's read is the one place it appears");
        } finally {
            log.close();
        }

        for (String response : responses) {
            assertFalse(response.contains(marker), "a response carried the identity: " + response);
        }
        String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
        for (String table : database.tables()) {
            assertEquals(
                    0,
                    database.count("SELECT count(*) FROM " + table + " t WHERE t::text LIKE '%" + marker
                            + "%' OR t::text LIKE '%" + hex + "%'"),
                    "table " + table);
        }
        assertTrue(!log.lines().isEmpty(), "the capture saw the log");
        assertFalse(log.text().contains(marker), "a log line carried the identity");
    }

    private static String anonymousClaim(String identity) {
        return Api.json(Map.of(
                        "statement",
                        "The harbour closes at night.",
                        "sourcing_level",
                        "ANONYMOUS",
                        "attribution",
                        Map.of(
                                "source_description",
                                "a harbour official",
                                "anonymity_reason",
                                "not authorised to speak"),
                        "confidential_identity",
                        identity))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void readAsEditor(String claim, String expected) {
        Api.json()
                .get("/claims/" + claim + "/confidential-identity")
                .then()
                .statusCode(200)
                .body("confidential_identity", equalTo(expected));
    }

    private static String text(ExtractableResponse<Response> response) {
        return response.headers().toString() + "\n" + response.asString();
    }
}
