package org.sourceledger.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AttributionAnalysisResourceTest {

    private static final String DRAFT =
            "The city will close two fire stations next year, three people familiar with the "
                    + "budget said, requesting anonymity because the plan has not been published. "
                    + "The fire department said in a statement that response times would not suffer. "
                    + "\"We were never consulted,\" said Irena Novak, who chairs the firefighters' union. "
                    + "The mayor's office declined to comment, and the budget director did not respond to a request for comment. "
                    + "The city has 31 fire stations.";

    @Inject
    Database database;

    @Test
    void suggestsOneClaimPerAttributedStatementAndWritesNothing() {
        var before = database.fingerprint();
        json(Map.of("text", DRAFT))
                .post("/attribution-analyses")
                .then()
                .statusCode(200)
                .body(
                        "suggestions.sourcing_level",
                        contains(
                                "ANONYMOUS",
                                "OFFICIAL",
                                "ON_RECORD",
                                "DECLINED_TO_COMMENT",
                                "NO_RESPONSE",
                                "UNATTRIBUTED"))
                .body("suggestions[0].source_count", equalTo(3))
                .body("suggestions[0].source_description", equalTo("three people familiar with the budget"))
                .body("suggestions[0].anonymity_reason", containsString("the plan has not been published"))
                .body("suggestions[0].statement", equalTo("The city will close two fire stations next year"))
                .body("suggestions[2].source_name", equalTo("Irena Novak"))
                .body("suggestions[2].statement", equalTo("We were never consulted"))
                .body("suggestions[3].span.start", equalTo(DRAFT.indexOf("The mayor's office")))
                .body("created_claim_ids", nullValue());
        assertEquals(before, database.fingerprint());
    }

    @Test
    void persistCreatesEverySuggestionAsAClaimOfTheStory() {
        String story = Api.createStory("Fire stations");
        var created = json(Map.of("text", DRAFT, "story_id", story, "persist", true))
                .post("/attribution-analyses")
                .then()
                .statusCode(200)
                .body("created_claim_ids", hasSize(6))
                .extract();
        String first = created.path("created_claim_ids[0]");
        given().get("/claims/" + first)
                .then()
                .statusCode(200)
                .body("sourcing_level", equalTo("ANONYMOUS"))
                .body("story_id", equalTo(story));
        given().get("/stories/" + story + "/claims").then().body("items", hasSize(6));
    }

    @Test
    void persistNeedsAStoryAndStorableSuggestions() {
        var before = database.fingerprint();
        problem(
                        json(Map.of("text", DRAFT, "persist", true))
                                .post("/attribution-analyses")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/story_id"));
        String story = Api.createStory("Unstorable");
        before = database.fingerprint();
        problem(
                        json(Map.of(
                                        "text",
                                        "The minister will resign, two officials said.",
                                        "story_id",
                                        story,
                                        "persist",
                                        true))
                                .post("/attribution-analyses")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/text"))
                .body("errors[0].detail", containsString("anonymity_reason"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void textIsLimitedTo200000Characters() {
        problem(
                json(Map.of("text", "a".repeat(200_001)))
                        .post("/attribution-analyses")
                        .then(),
                413);
        json(Map.of("text", "The river rose. ".repeat(12_500)))
                .post("/attribution-analyses")
                .then()
                .statusCode(200);
        problem(json(Map.of("text", " ")).post("/attribution-analyses").then(), 400)
                .body("errors[0].pointer", equalTo("/text"));
    }
}
