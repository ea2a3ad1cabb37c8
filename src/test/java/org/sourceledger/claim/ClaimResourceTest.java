package org.sourceledger.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ClaimResourceTest {

    @Inject
    Database database;

    private static Map<String, Object> anonymousClaim(String storyId) {
        return Map.of(
                "story_id",
                storyId,
                "statement",
                "The transit agency will cut night bus routes in January.",
                "sourcing_level",
                "ANONYMOUS",
                "attribution",
                Map.of(
                        "source_description",
                        "two agency planners",
                        "source_count",
                        2,
                        "anonymity_reason",
                        "not authorised to speak before the board meeting",
                        "ground_rules",
                        "BACKGROUND"));
    }

    @Test
    void recordsAnAnonymousClaimWithItsReason() {
        String storyId = Api.createStory("Night buses");
        var created = json(anonymousClaim(storyId))
                .post("/claims")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", notNullValue())
                .body("story_id", equalTo(storyId))
                .body("sourcing_level", equalTo("ANONYMOUS"))
                .body("attribution.anonymity_reason", equalTo("not authorised to speak before the board meeting"))
                .body("attribution.source_count", equalTo(2))
                .body("attribution.ground_rules", equalTo("BACKGROUND"))
                .body("verification.status", equalTo("UNVERIFIED"))
                .body("verification.independent_corroborations", equalTo(0))
                .body("created_by", equalTo(Keys.DEVELOPMENT_KEY_NAME))
                .extract();
        assertEquals(created.path("created_at"), (Object) created.path("updated_at"));
        given().get(created.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("statement", equalTo("The transit agency will cut night bus routes in January."));
    }

    @ParameterizedTest
    @EnumSource(SourcingLevel.class)
    void acceptsEverySourcingLevel(SourcingLevel level) {
        Map<String, Object> attribution = new HashMap<>();
        attribution.put("source_description", "described for " + level);
        if (level == SourcingLevel.ANONYMOUS) {
            attribution.put("anonymity_reason", "fears losing their job");
        }
        json(Map.of(
                        "statement",
                        "A claim sourced as " + level,
                        "sourcing_level",
                        level.name(),
                        "attribution",
                        attribution))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("sourcing_level", equalTo(level.name()));
    }

    @Test
    void anonymousWithoutReasonIsRejected() {
        var before = database.fingerprint();
        problem(
                        json(Map.of(
                                        "statement",
                                        "The mayor will resign",
                                        "sourcing_level",
                                        "ANONYMOUS",
                                        "attribution",
                                        Map.of("source_description", "a person close to the mayor")))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/anonymity_reason"));
        problem(
                        json(Map.of(
                                        "statement",
                                        "The mayor will resign",
                                        "sourcing_level",
                                        "ANONYMOUS",
                                        "attribution",
                                        Map.of("anonymity_reason", "   ")))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/anonymity_reason"));
        problem(
                        json(Map.of("statement", "The mayor will resign", "sourcing_level", "ANONYMOUS"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/anonymity_reason"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void groundRulesOnlyDescribeAnonymousSources() {
        var before = database.fingerprint();
        problem(
                        json(Map.of(
                                        "statement",
                                        "The council approved the budget",
                                        "sourcing_level",
                                        "OFFICIAL",
                                        "attribution",
                                        Map.of("ground_rules", "BACKGROUND")))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/ground_rules"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void sourceCountMustBeAtLeastOne() {
        var before = database.fingerprint();
        for (int count : new int[] {0, -3}) {
            problem(
                            json(Map.of(
                                            "statement",
                                            "Several officials agreed",
                                            "sourcing_level",
                                            "OFFICIAL",
                                            "attribution",
                                            Map.of("source_count", count)))
                                    .post("/claims")
                                    .then(),
                            400)
                    .body("errors[0].pointer", equalTo("/attribution/source_count"));
        }
        assertEquals(before, database.fingerprint());
    }

    @Test
    void statementLengthIsOneToTwoThousandCharacters() {
        var before = database.fingerprint();
        problem(
                        json(Map.of("statement", "", "sourcing_level", "WITNESSED"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/statement"));
        problem(
                        json(Map.of("statement", "y".repeat(2001), "sourcing_level", "WITNESSED"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/statement"));
        problem(json(Map.of("sourcing_level", "WITNESSED")).post("/claims").then(), 400)
                .body("errors[0].pointer", equalTo("/statement"));
        assertEquals(before, database.fingerprint());
        json(Map.of("statement", "y".repeat(2000), "sourcing_level", "WITNESSED"))
                .post("/claims")
                .then()
                .statusCode(201);
        json(Map.of("statement", "y", "sourcing_level", "WITNESSED"))
                .post("/claims")
                .then()
                .statusCode(201);
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        problem(
                        json(Map.of(
                                        "statement",
                                        "",
                                        "sourcing_level",
                                        "ANONYMOUS",
                                        "attribution",
                                        Map.of("source_count", 0)))
                                .post("/claims")
                                .then(),
                        400)
                .body(
                        "errors.pointer",
                        containsInAnyOrder("/attribution/anonymity_reason", "/attribution/source_count", "/statement"));
    }

    @Test
    void unknownStoryIsRejected() {
        var before = database.fingerprint();
        problem(
                        json(Map.of(
                                        "story_id",
                                        UUID.randomUUID().toString(),
                                        "statement",
                                        "Orphan claim",
                                        "sourcing_level",
                                        "DOCUMENT"))
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/story_id"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void mergePatchChangesOnlyTheNamedFields() {
        String storyId = Api.createStory("Patch semantics");
        String id = Api.createClaim(anonymousClaim(storyId));
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("attribution", Map.of("source_count", 3)))
                .patch("/claims/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("attribution.source_count", equalTo(3))
                .body("attribution.anonymity_reason", equalTo("not authorised to speak before the board meeting"))
                .body("statement", equalTo("The transit agency will cut night bus routes in January."));

        // Going on the record: clear the reason and ground rules in the same patch.
        Map<String, Object> attribution = new HashMap<>();
        attribution.put("anonymity_reason", null);
        attribution.put("ground_rules", null);
        attribution.put("source_name", "Dana Whitfield");
        Map<String, Object> patch = new HashMap<>();
        patch.put("sourcing_level", "ON_RECORD");
        patch.put("attribution", attribution);
        given().contentType(Api.MERGE_PATCH)
                .body(patch)
                .patch("/claims/" + id)
                .then()
                .statusCode(200)
                .body("sourcing_level", equalTo("ON_RECORD"))
                .body("attribution.anonymity_reason", nullValue())
                .body("attribution.source_name", equalTo("Dana Whitfield"));
    }

    @Test
    void patchResultMustStillObeyTheRules() {
        String id = Api.createOfficialClaim(Api.createStory("Patch rules"), "The council will vote on Tuesday.");
        var before = database.fingerprint();
        problem(
                        given().contentType(Api.MERGE_PATCH)
                                .body(Map.of("sourcing_level", "ANONYMOUS"))
                                .patch("/claims/" + id)
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/anonymity_reason"));
        problem(
                        given().contentType(Api.MERGE_PATCH)
                                .body(Map.of("statement", 12))
                                .patch("/claims/" + id)
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/statement"));
        problem(
                        given().contentType(Api.MERGE_PATCH)
                                .body(Map.of("verification", Map.of("status", "CORROBORATED")))
                                .patch("/claims/" + id)
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/verification"));
        problem(
                given().contentType(Api.MERGE_PATCH)
                        .body("[]")
                        .patch("/claims/" + id)
                        .then(),
                400);
        assertEquals(before, database.fingerprint());
    }

    @Test
    void staleIfMatchIsRefused() {
        String id = Api.createOfficialClaim(Api.createStory("Stale claim"), "The bridge reopens Monday.");
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("statement", "The bridge reopens Tuesday."))
                .patch("/claims/" + id)
                .then()
                .statusCode(200);
        var before = database.fingerprint();
        problem(
                given().contentType(Api.MERGE_PATCH)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("statement", "The bridge reopens Friday."))
                        .patch("/claims/" + id)
                        .then(),
                412);
        problem(given().header("If-Match", "\"0\"").delete("/claims/" + id).then(), 412);
        assertEquals(before, database.fingerprint());
        given().header("If-Match", "\"1\"").delete("/claims/" + id).then().statusCode(204);
        problem(given().get("/claims/" + id).then(), 404);
    }

    @Test
    void filtersBySourcingLevelStoryAndText() {
        String storyId = Api.createStory("Filter story");
        String anonymous = Api.createClaim(anonymousClaim(storyId));
        String official = Api.createOfficialClaim(storyId, "The ferry terminal will be rebuilt with federal money.");
        String declined = Api.createClaim(Map.of(
                "story_id",
                storyId,
                "statement",
                "The contractor declined to comment on the ferry terminal.",
                "sourcing_level",
                "DECLINED_TO_COMMENT"));

        given().queryParam("story_id", storyId)
                .queryParam("sourcing_level", "ANONYMOUS")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.id", contains(anonymous))
                .body("next_cursor", nullValue());
        given().queryParam("story_id", storyId)
                .queryParam("sourcing_level", "DECLINED_TO_COMMENT")
                .get("/claims")
                .then()
                .body("items.id", contains(declined));
        given().queryParam("story_id", storyId)
                .get("/claims")
                .then()
                .body("items.id", contains(declined, official, anonymous));
        given().queryParam("story_id", storyId)
                .queryParam("q", "ferry terminals")
                .get("/claims")
                .then()
                .body("items.id", contains(declined, official));
        given().queryParam("story_id", storyId)
                .queryParam("q", "\"federal money\"")
                .get("/claims")
                .then()
                .body("items.id", contains(official));
        given().queryParam("story_id", storyId)
                .queryParam("verification_status", "CORROBORATED")
                .get("/claims")
                .then()
                .body("items", empty());
        given().get("/stories/" + storyId + "/claims?sourcing_level=OFFICIAL")
                .then()
                .statusCode(200)
                .body("items.id", contains(official));
        problem(given().get("/stories/" + UUID.randomUUID() + "/claims").then(), 404);
        problem(given().queryParam("q", "w".repeat(201)).get("/claims").then(), 400)
                .body("errors[0].parameter", equalTo("q"));
    }

    @Test
    void storyWithClaimsCannotBeDeleted() {
        String storyId = Api.createStory("Has claims");
        String claimId = Api.createOfficialClaim(storyId, "The library will open on Sundays.");
        var before = database.fingerprint();
        problem(given().delete("/stories/" + storyId).then(), 409)
                .body("type", equalTo("urn:sourceledger:problem:story-has-claims"));
        assertEquals(before, database.fingerprint());
        given().delete("/claims/" + claimId).then().statusCode(204);
        given().delete("/stories/" + storyId).then().statusCode(204);
    }

    @Test
    void claimsWithoutStoryAreListedToo() {
        String id = Api.createClaim(Map.of(
                "statement", "A viral post says the river is closed to boats.", "sourcing_level", "UNATTRIBUTED"));
        given().get("/claims/" + id)
                .then()
                .statusCode(200)
                .body("story_id", nullValue())
                .body("attribution.source_description", nullValue());
        given().get("/claims?sourcing_level=UNATTRIBUTED&limit=200").then().body("items.id", hasItem(id));
        given().get("/claims?sourcing_level=OFFICIAL&limit=200").then().body("items.id", not(hasItem(id)));
    }
}
