package org.sourceledger.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Feed;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PublicationGateTest {

    private String reporter;
    private String editor;
    private String secondEditor;

    @org.junit.jupiter.api.BeforeEach
    void keys() {
        reporter = Keys.issue("REPORTER");
        editor = Keys.issue("EDITOR");
        secondEditor = Keys.issue("EDITOR");
    }

    private static RequestSpecification as(String key) {
        return Keys.as(key).contentType("application/json");
    }

    /** A story on a desk of its own, whose policy is the defaults: other tests' policies cannot touch it. */
    private String story(String headline) {
        String desk = "desk-" + UUID.randomUUID();
        as(editor)
                .body(Map.of("rules", Map.of()))
                .put("/publication-policies/" + desk)
                .then()
                .statusCode(200);
        return as(reporter)
                .body(Map.of("headline", headline, "desk", desk))
                .post("/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String anonymousAllegation(String storyId) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("story_id", storyId);
        claim.put("statement", "The harbour director steered the dredging contract to his brother's firm.");
        claim.put("sourcing_level", "ANONYMOUS");
        claim.put("allegation", true);
        claim.put(
                "attribution",
                Map.of(
                        "source_description", "a person who has seen the tender file",
                        "source_count", 1,
                        "anonymity_reason", "fears dismissal for disclosing it"));
        claim.put("confidential_identity", "Jana Example, tender office");
        return as(reporter)
                .body(claim)
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private io.restassured.response.ValidatableResponse publish(String storyId, String key) {
        return Keys.as(key)
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("state", "PUBLISHED"))
                .patch("/stories/" + storyId)
                .then();
    }

    private static List<String> rules(JsonPath findings, String path) {
        return findings.getList(path + ".rule");
    }

    /** The issue's walk: blocked, put right step by step, published, then broken by a later conflicting link. */
    @Test
    void anAnonymousAllegationIsBlockedUntilApprovedCorroboratedAndAnsweredThenWatchedAfterPublication() {
        String storyId = story("Dredging contract questions");
        String claimId = anonymousAllegation(storyId);
        Feed feed = Feed.fromNow();

        // 1. Blocked, with exactly the expected violations, and nothing changed.
        JsonPath blocked = problem(publish(storyId, editor), 409)
                .body("type", equalTo("urn:sourceledger:problem:publication-blocked"))
                .extract()
                .jsonPath();
        assertEquals(
                List.of(
                        "anonymous_approval",
                        "anonymous_corroboration",
                        "allegation_second_approval",
                        "right_of_reply"),
                rules(blocked, "violations"));
        assertTrue(blocked.getList("violations.claim_id").stream().allMatch(claimId::equals));
        given().get("/stories/" + storyId)
                .then()
                .body("state", equalTo("DRAFT"))
                .header("ETag", equalTo("\"0\""));
        assertEquals(List.of("story.publication_blocked"), Feed.typesOf(feed.poll(), storyId));
        JsonPath dryRun = given().get("/stories/" + storyId + "/policy-evaluation")
                .then()
                .statusCode(200)
                .body("publishable", equalTo(false))
                .extract()
                .jsonPath();
        assertEquals(rules(blocked, "violations"), rules(dryRun, "violations"));

        // 2. The editor reads the identity and approves; a second editor approves; a reply; a corroboration.
        Keys.as(editor)
                .get("/claims/" + claimId + "/confidential-identity")
                .then()
                .statusCode(200);
        as(editor)
                .body(Map.of("kind", "ANONYMITY", "note", "I know the source."))
                .post("/claims/" + claimId + "/approvals")
                .then()
                .statusCode(201)
                .body("identity_known", equalTo(true))
                .body("current", equalTo(true));
        as(secondEditor)
                .body(Map.of("kind", "ALLEGATION", "note", "Second approval."))
                .post("/claims/" + claimId + "/approvals")
                .then()
                .statusCode(201);
        as(reporter)
                .body(Map.of(
                        "story_id",
                        storyId,
                        "statement",
                        "The harbour director declined to comment.",
                        "sourcing_level",
                        "DECLINED_TO_COMMENT",
                        "responds_to",
                        claimId,
                        "attribution",
                        Map.of("source_name", "Tomas Example")))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("responds_to", equalTo(claimId));
        Api.link(claimId, Api.createReport("Harbour Ledger", "NEWS"), "CORROBORATES")
                .statusCode(201);
        given().get("/stories/" + storyId + "/policy-evaluation")
                .then()
                .statusCode(200)
                .body("publishable", equalTo(true))
                .body("violations", hasSize(0));

        // 3. The publish succeeds.
        publish(storyId, editor)
                .statusCode(200)
                .body("state", equalTo("PUBLISHED"))
                .body("policy_status", equalTo("OK"));

        // 4. A later conflicting link breaks the policy: VIOLATED, and an event.
        String other = Api.createOfficialClaim(storyId, "The tender closed on 3 March.");
        feed.poll();
        Api.link(other, Api.createReport("Coast Examiner", "NEWS"), "CONFLICTS").statusCode(201);
        given().get("/stories/" + storyId).then().body("policy_status", equalTo("VIOLATED"));
        given().get("/stories/" + storyId + "/sourcing-summary").then().body("policy_status", equalTo("VIOLATED"));
        List<Map<String, Object>> after = feed.poll();
        assertEquals(List.of("story.policy_violated"), Feed.typesOf(after, storyId));
        JsonPath violated = new JsonPath(Api.toJson(after.stream()
                .filter(e -> storyId.equals(e.get("subject")))
                .findFirst()
                .orElseThrow()));
        assertEquals("VIOLATED", violated.getString("data.changes.policy_status.new"));
        assertEquals(List.of("contradicted"), violated.getList("data.changes.violations.new.rule"));
    }

    @Test
    void anApprovalByAnEditorWhoNeverReadTheIdentityDoesNotCount() {
        String storyId = story("Unread identity");
        String claimId = anonymousAllegation(storyId);
        as(editor)
                .body(Map.of("kind", "ANONYMITY"))
                .post("/claims/" + claimId + "/approvals")
                .then()
                .statusCode(201)
                .body("identity_known", equalTo(false));
        JsonPath evaluation = given().get("/stories/" + storyId + "/policy-evaluation")
                .then()
                .extract()
                .jsonPath();
        assertTrue(rules(evaluation, "violations").contains("anonymous_approval"));
    }

    @Test
    void anEditAfterApprovalMakesTheApprovalStale() {
        String storyId = story("Stale approval");
        String claimId = anonymousAllegation(storyId);
        Keys.as(editor)
                .get("/claims/" + claimId + "/confidential-identity")
                .then()
                .statusCode(200);
        as(editor)
                .body(Map.of("kind", "ANONYMITY"))
                .post("/claims/" + claimId + "/approvals")
                .then()
                .statusCode(201);
        assertFalse(rules(
                        given().get("/stories/" + storyId + "/policy-evaluation")
                                .then()
                                .extract()
                                .jsonPath(),
                        "violations")
                .contains("anonymous_approval"));

        Keys.as(reporter)
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("statement", "The harbour director steered two contracts to his brother's firm."))
                .patch("/claims/" + claimId)
                .then()
                .statusCode(200);
        given().get("/claims/" + claimId + "/approvals")
                .then()
                .statusCode(200)
                .body("items[0].current", equalTo(false));
        assertTrue(rules(
                        given().get("/stories/" + storyId + "/policy-evaluation")
                                .then()
                                .extract()
                                .jsonPath(),
                        "violations")
                .contains("anonymous_approval"));

        // A link changes the claim's version but not its substance: a fresh approval then stays current.
        Keys.as(editor)
                .get("/claims/" + claimId + "/confidential-identity")
                .then()
                .statusCode(200);
        as(editor)
                .body(Map.of("kind", "ANONYMITY"))
                .post("/claims/" + claimId + "/approvals")
                .then()
                .statusCode(201);
        Api.link(claimId, Api.createReport("Tender Watch", "NEWS"), "CORROBORATES")
                .statusCode(201);
        given().get("/claims/" + claimId + "/approvals").then().body("items[0].current", equalTo(true));
    }

    @Test
    void anOverrideLetsTheNextPublishPassOnlyForTheVersionsItWasMadeOn() {
        String storyId = story("Override");
        String claimId = anonymousAllegation(storyId);
        problem(
                as(reporter)
                        .body(Map.of("reason", "Reporters may not override"))
                        .post("/stories/" + storyId + "/publication-overrides")
                        .then(),
                403);
        as(editor)
                .body(Map.of("reason", "Public interest; reply requested twice before deadline."))
                .post("/stories/" + storyId + "/publication-overrides")
                .then()
                .statusCode(201)
                .body("valid", equalTo(true));
        given().get("/stories/" + storyId + "/policy-evaluation")
                .then()
                .body("publishable", equalTo(true))
                .body("override.valid", equalTo(true));

        // A change to a claim voids it.
        Keys.as(reporter)
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("attribution", Map.of("source_count", 1)))
                .patch("/claims/" + claimId)
                .then()
                .statusCode(200);
        given().get("/stories/" + storyId + "/policy-evaluation")
                .then()
                .body("publishable", equalTo(false))
                .body("override.valid", equalTo(false));
        problem(publish(storyId, editor), 409);

        as(editor)
                .body(Map.of("reason", "Renewed after the edit."))
                .post("/stories/" + storyId + "/publication-overrides")
                .then()
                .statusCode(201);
        publish(storyId, editor).statusCode(200);
        given().get("/stories/" + storyId + "/publication-overrides")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].used_at", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void policiesAreVersionedAndARuleCanBeTurnedOff() {
        String desk = "versioned-" + UUID.randomUUID();
        as(editor)
                .body(Map.of("rules", Map.of()))
                .put("/publication-policies/" + desk)
                .then()
                .body("version", equalTo(1));
        as(editor)
                .body(Map.of("rules", Map.of("right_of_reply", Map.of("enabled", false))))
                .put("/publication-policies/" + desk)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("rules.right_of_reply.enabled", equalTo(false))
                .body("rules.anonymous_corroboration.min_independent_corroborations", equalTo(1));
        given().get("/publication-policies/" + desk + "?version=1")
                .then()
                .body("rules.right_of_reply.enabled", equalTo(true));
        given().get("/publication-policies/" + desk + "/versions")
                .then()
                .body("items.version", equalTo(List.of(2, 1)))
                .body("items[0].created_by", org.hamcrest.Matchers.startsWith("editor-"));
        problem(
                as(reporter)
                        .body(Map.of("rules", Map.of()))
                        .put("/publication-policies/" + desk)
                        .then(),
                403);
        problem(
                as(editor)
                        .body(Map.of("rules", Map.of("plural_sources", Map.of("enabled", "yes"))))
                        .put("/publication-policies/" + desk)
                        .then(),
                400);

        String storyId = as(reporter)
                .body(Map.of("headline", "Desk policy", "desk", desk))
                .post("/stories")
                .then()
                .extract()
                .path("id");
        anonymousAllegation(storyId);
        JsonPath evaluation = given().get("/stories/" + storyId + "/policy-evaluation")
                .then()
                .extract()
                .jsonPath();
        assertEquals(desk, evaluation.getString("policy"));
        assertEquals(2, evaluation.getInt("version"));
        assertFalse(rules(evaluation, "violations").contains("right_of_reply"));
    }

    /** An override excuses violations; a publish that has none uses nothing up, and a later one excuses nothing. */
    @Test
    void anOverrideExcusesOnlyThePublishItWasUsedFor() {
        String storyId = story("Override then fixed");
        anonymousAllegation(storyId);
        as(editor)
                .body(Map.of("reason", "Deadline"))
                .post("/stories/" + storyId + "/publication-overrides")
                .then()
                .statusCode(201);
        publish(storyId, editor).statusCode(200);
        // Unpublish, and publish again with no override in force: the old one does not count any more.
        Keys.as(editor)
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("state", "DRAFT"))
                .patch("/stories/" + storyId)
                .then()
                .statusCode(200);
        problem(publish(storyId, editor), 409);
        as(editor)
                .body(Map.of("reason", "Second deadline"))
                .post("/stories/" + storyId + "/publication-overrides")
                .then()
                .statusCode(201);
        publish(storyId, editor).statusCode(200).body("policy_status", equalTo("OK"));

        // A new violation after publication is not excused by the override, which accepted only the earlier ones.
        Api.link(
                        Api.createOfficialClaim(storyId, "The dredger left port on Friday."),
                        Api.createReport("Dock Times", "NEWS"),
                        "CONFLICTS")
                .statusCode(201);
        given().get("/stories/" + storyId).then().body("policy_status", equalTo("VIOLATED"));
    }

    @Test
    void aStoryCreatedAsPublishedIsWatched() {
        String storyId = as(reporter)
                .body(Map.of("headline", "Published at once", "state", "PUBLISHED"))
                .post("/stories")
                .then()
                .statusCode(201)
                .body("policy_status", equalTo("OK"))
                .extract()
                .path("id");
        Api.link(
                        Api.createOfficialClaim(storyId, "The quay is closed."),
                        Api.createReport("Quay News", "NEWS"),
                        "CONFLICTS")
                .statusCode(201);
        given().get("/stories/" + storyId).then().body("policy_status", equalTo("VIOLATED"));
    }

    @Test
    void sourcesForOneSourceAndAFalseVerdictBlockPublishing() {
        String storyId = story("Plural sources");
        String claimId = as(reporter)
                .body(Map.of(
                        "story_id",
                        storyId,
                        "statement",
                        "The mayor will not stand again.",
                        "sourcing_level",
                        "ON_RECORD",
                        "attribution",
                        Map.of("source_description", "sources close to the mayor", "source_count", 1)))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Keys.as(Keys.issue("FACTCHECKER"))
                .contentType("application/json")
                .body(Map.of("rating", "FALSE", "explanation", "The mayor filed to stand on Monday."))
                .put("/claims/" + claimId + "/verdict")
                .then()
                .statusCode(200);
        JsonPath blocked = problem(publish(storyId, editor), 409).extract().jsonPath();
        assertEquals(List.of("plural_sources", "contradicted"), rules(blocked, "violations"));
    }

    @Test
    void aReplyMustBeInTheSameStory() {
        String first = story("First");
        String claimId = anonymousAllegation(first);
        String second = story("Second");
        problem(
                        as(reporter)
                                .body(Map.of(
                                        "story_id",
                                        second,
                                        "statement",
                                        "Declined.",
                                        "sourcing_level",
                                        "DECLINED_TO_COMMENT",
                                        "responds_to",
                                        claimId))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/responds_to"));
    }
}
