package org.sourceledger.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class HistoryTest {

    @Test
    void aClaimEditedByTwoKeysShowsBothActorsAndEachBeforeAndAfter() {
        String reporterName = "reporter-" + UUID.randomUUID();
        String editorName = "editor-" + UUID.randomUUID();
        String reporter = Keys.issue("REPORTER", reporterName);
        String editor = Keys.issue("EDITOR", editorName);

        String claim = Keys.as(reporter)
                .contentType("application/json")
                .body(Map.of(
                        "statement",
                        "The bridge closes in May.",
                        "sourcing_level",
                        "OFFICIAL",
                        "attribution",
                        Map.of("source_organization", "Roads agency")))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Keys.as(reporter)
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("statement", "The bridge closes in June."))
                .patch("/claims/" + claim)
                .then()
                .statusCode(200);
        Keys.as(editor)
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("sourcing_level", "ON_RECORD", "attribution", Map.of("source_name", "Ana Ruiz")))
                .patch("/claims/" + claim)
                .then()
                .statusCode(200);

        Api.json()
                .get("/claims/" + claim + "/history")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.actor", contains(editorName, reporterName, reporterName))
                .body("items.change", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[0].before.sourcing_level", equalTo("OFFICIAL"))
                .body("items[0].after.sourcing_level", equalTo("ON_RECORD"))
                .body("items[0].after.attribution.source_name", equalTo("Ana Ruiz"))
                .body("items[0].changed_fields", hasItem("sourcing_level"))
                .body("items[1].before.statement", equalTo("The bridge closes in May."))
                .body("items[1].after.statement", equalTo("The bridge closes in June."))
                .body("items[1].changed_fields", equalTo(List.of("statement", "updated_at")))
                .body("items[2].before", nullValue())
                .body("items[2].after.statement", equalTo("The bridge closes in May."))
                .body("items[2].api_key_id", notNullValue())
                .body("next_cursor", nullValue());
    }

    @Test
    void historyPagesNewestFirstAndOutlivesADeletedClaim() {
        String claim = Api.createOfficialClaim(Api.createStory("Budget vote"), "Version 0");
        for (int version = 1; version <= 4; version++) {
            Api.json()
                    .contentType(Api.MERGE_PATCH)
                    .body(Map.of("statement", "Version " + version))
                    .patch("/claims/" + claim)
                    .then()
                    .statusCode(200);
        }
        Api.json().put("/claims/" + claim + "/verdict").then();
        Api.json()
                .body(Map.of("rating", "MOSTLY_TRUE", "explanation", "Matches the budget papers."))
                .put("/claims/" + claim + "/verdict")
                .then()
                .statusCode(200);
        Api.json().delete("/claims/" + claim).then().statusCode(204);

        var first = Api.json()
                .get("/claims/" + claim + "/history?limit=3")
                .then()
                .statusCode(200)
                .body("items.change", contains("DELETED", "UPDATED", "UPDATED"))
                .body("items[0].after", nullValue())
                .body("items[0].before.verdict.rating", equalTo("MOSTLY_TRUE"))
                .body("items[1].after.verdict.reviewed_by", equalTo(Keys.DEVELOPMENT_KEY_NAME))
                .body("items[1].changed_fields", hasItem("verdict"))
                .body("next_cursor", notNullValue())
                .extract();
        Api.json()
                .get("/claims/" + claim + "/history?limit=3&cursor=" + first.path("next_cursor"))
                .then()
                .statusCode(200)
                .body("items.after.statement", contains("Version 3", "Version 2", "Version 1"))
                .body("items[0].before.statement", equalTo("Version 2"));
    }

    @Test
    void storiesAndReportsHaveHistoryToo() {
        String story = Api.createStory("Harbour drones");
        Api.json()
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("state", "PUBLISHED"))
                .patch("/stories/" + story)
                .then()
                .statusCode(200);
        Api.json()
                .get("/stories/" + story + "/history")
                .then()
                .statusCode(200)
                .body("items.change", contains("UPDATED", "CREATED"))
                .body("items[0].before.state", equalTo("DRAFT"))
                .body("items[0].after.state", equalTo("PUBLISHED"));

        String wire = Api.createReport("Wire", "WIRE");
        String copy = Api.createReport("Daily", "NEWS");
        Api.json()
                .contentType(Api.MERGE_PATCH)
                .body(Map.of("derived_from", List.of(wire)))
                .patch("/reports/" + copy)
                .then()
                .statusCode(200);
        Api.json()
                .get("/reports/" + copy + "/history")
                .then()
                .statusCode(200)
                .body("items.change", contains("UPDATED", "CREATED"))
                .body("items[0].before.derived_from", hasSize(0))
                .body("items[0].after.derived_from", contains(wire))
                .body("items[0].changed_fields", hasItem("derived_from"));
    }

    @Test
    void anIdThatNeverExistedHasNoHistory() {
        Api.problem(Api.json().get("/claims/" + UUID.randomUUID() + "/history").then(), 404);
        Api.problem(
                Api.json()
                        .get("/stories/" + UUID.randomUUID() + "/history?cursor=nonsense")
                        .then(),
                400);
    }
}
