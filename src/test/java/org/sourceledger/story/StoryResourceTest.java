package org.sourceledger.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StoryResourceTest {

    @Test
    void createsReadsUpdatesAndDeletesAStory() {
        var created = json(Map.of("headline", "Council debates tram extension", "desk", "metro"))
                .post("/stories")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("headline", equalTo("Council debates tram extension"))
                .body("state", equalTo("DRAFT"))
                .body("url", equalTo(null))
                .extract();
        String id = created.path("id");
        given().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));

        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("state", "PUBLISHED"))
                .patch("/stories/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("state", equalTo("PUBLISHED"))
                .body("desk", equalTo("metro"));

        given().get("/stories").then().statusCode(200).body("items.id", hasItem(id));

        given().header("If-Match", "\"1\"").delete("/stories/" + id).then().statusCode(204);
        problem(given().get("/stories/" + id).then(), 404);
    }

    @Test
    void staleIfMatchAnswers412AndChangesNothing() {
        String id = Api.createStory("Budget vote delayed");
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("headline", "Budget vote delayed again"))
                .patch("/stories/" + id)
                .then()
                .statusCode(200);

        problem(
                given().contentType(Api.MERGE_PATCH)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("headline", "Lost update"))
                        .patch("/stories/" + id)
                        .then(),
                412);
        given().get("/stories/" + id)
                .then()
                .body("headline", not(equalTo("Lost update")))
                .body("headline", equalTo("Budget vote delayed again"));

        problem(given().header("If-Match", "\"0\"").delete("/stories/" + id).then(), 412);
        given().get("/stories/" + id).then().statusCode(200);
    }
}
