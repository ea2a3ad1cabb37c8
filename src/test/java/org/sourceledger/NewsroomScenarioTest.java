package org.sourceledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourceledger.support.Api.json;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;

/** What a CMS plugin does in a day, end to end through the API. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class NewsroomScenarioTest {

    @Test
    void storyWithCoreLevelsLinkedReportsAndFilters() {
        String story = Api.createStory("Regional airline nears sale to a rival");
        String anonymous = Api.createClaim(Map.of(
                "story_id",
                story,
                "statement",
                "The regional airline is close to agreeing a sale to its largest rival.",
                "sourcing_level",
                "ANONYMOUS",
                "attribution",
                Map.of(
                        "source_description",
                        "three people familiar with the talks",
                        "source_count",
                        3,
                        "anonymity_reason",
                        "the negotiations are confidential")));
        String official = Api.createClaim(Map.of(
                "story_id",
                story,
                "statement",
                "The transport ministry must approve any change of ownership.",
                "sourcing_level",
                "OFFICIAL",
                "attribution",
                Map.of(
                        "source_description",
                        "the ministry said in a statement",
                        "source_organization",
                        "Transport Ministry")));
        String declined = Api.createClaim(Map.of(
                "story_id",
                story,
                "statement",
                "The rival carrier declined to comment on the talks.",
                "sourcing_level",
                "DECLINED_TO_COMMENT",
                "attribution",
                Map.of("source_organization", "Rival Air")));

        String trade = Api.createReport("Aviation Trade Weekly", "NEWS");
        String denial = Api.createReport("Regional Airline", "OFFICIAL_STATEMENT");
        Api.link(anonymous, trade, "CORROBORATES").statusCode(201);
        Api.link(anonymous, denial, "CONFLICTS").statusCode(201);

        given().get("/claims/" + anonymous).then().body("verification.status", equalTo("DISPUTED"));
        given().get("/claims/" + official).then().body("verification.status", equalTo("UNVERIFIED"));

        given().queryParam("story_id", story)
                .queryParam("sourcing_level", "ANONYMOUS")
                .get("/claims")
                .then()
                .body("items.id", contains(anonymous));
        given().queryParam("story_id", story)
                .queryParam("sourcing_level", "OFFICIAL")
                .get("/claims")
                .then()
                .body("items.id", contains(official));
        given().queryParam("story_id", story)
                .queryParam("sourcing_level", "DECLINED_TO_COMMENT")
                .get("/claims")
                .then()
                .body("items.id", contains(declined));
        given().queryParam("story_id", story)
                .queryParam("verification_status", "DISPUTED")
                .get("/claims")
                .then()
                .body("items.id", contains(anonymous));
        given().queryParam("story_id", story)
                .queryParam("verification_status", "UNVERIFIED")
                .get("/claims")
                .then()
                .body("items.id", contains(declined, official));
    }

    @Test
    void pagingThrough500ClaimsNeitherRepeatsNorSkipsWhileOthersInsert() {
        String story = Api.createStory("Live blog with many claims");
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            existing.add(Api.createClaim(Map.of(
                    "story_id",
                    story,
                    "statement",
                    "Live update number " + i,
                    "sourcing_level",
                    i % 2 == 0 ? "WITNESSED" : "OFFICIAL")));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("story_id", story).queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/claims").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next_cursor");
            pages++;
            // Another client keeps writing to the same story between our pages.
            Api.createClaim(Map.of(
                    "story_id", story, "statement", "Inserted while paging " + pages, "sourcing_level", "OFFICIAL"));
        } while (cursor != null);

        assertEquals(seen.size(), new HashSet<>(seen).size(), "an item appeared on two pages");
        assertTrue(seen.containsAll(existing), "an item that existed before paging began was skipped");
        assertEquals(10, pages);

        // The same holds with the largest page size and a filter.
        List<String> witnessed = new ArrayList<>();
        cursor = null;
        do {
            var request = given().queryParam("story_id", story)
                    .queryParam("sourcing_level", "WITNESSED")
                    .queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/claims").then().statusCode(200).extract();
            witnessed.addAll(page.path("items.id"));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        assertEquals(250, witnessed.size());
        assertEquals(250, new HashSet<>(witnessed).size());
    }

    @Test
    void malformedRequestBatteryOnlyGets4xxProblems() {
        String story = Api.createStory("Battery");
        String claim = Api.createOfficialClaim(story, "The tram line opens in May.");
        String[][] requests = {
            {"POST", "/claims", "{"},
            {"POST", "/claims", "null"},
            {"POST", "/claims", "42"},
            {"POST", "/claims", "{\"statement\":null,\"sourcing_level\":null}"},
            {"POST", "/claims", "{\"statement\":\"x\",\"sourcing_level\":\"official\"}"},
            {"POST", "/claims", "{\"statement\":\"x\",\"sourcing_level\":\"OFFICIAL\",\"story_id\":\"1-2-3-4-5\"}"},
            {"POST", "/claims", "{\"statement\":\"x\",\"sourcing_level\":\"OFFICIAL\",\"attribution\":[]}"},
            {
                "POST",
                "/claims",
                "{\"statement\":\"x\",\"sourcing_level\":\"OFFICIAL\",\"attribution\":{\"source_count\":1e3}}"
            },
            {
                "POST",
                "/claims",
                "{\"statement\":\"x\",\"sourcing_level\":\"OFFICIAL\",\"attribution\":{\"source_count\":true}}"
            },
            {"POST", "/claims", "{\"statement\":\"x\",\"sourcing_level\":\"OFFICIAL\"} trailing"},
            {"POST", "/claims", "{\"statement\":\"'; DROP TABLE claims; --\",\"sourcing_level\":\"<script>\"}"},
            {"POST", "/reports", "{\"url\":\"javascript:alert(1)\",\"title\":\"t\",\"outlet\":\"o\",\"kind\":\"NEWS\"}"
            },
            {
                "POST",
                "/reports",
                "{\"url\":\"https://a.example/x\",\"title\":\"t\",\"outlet\":\"o\",\"kind\":\"NEWS\",\"published_at\":\"yesterday\"}"
            },
            {
                "POST",
                "/reports",
                "{\"url\":\"https://a.example/x\",\"title\":\"t\",\"outlet\":\"o\",\"kind\":\"NEWS\",\"derived_from\":\"abc\"}"
            },
            {
                "POST",
                "/reports",
                "{\"url\":\"https://a.example/x\",\"title\":\"t\",\"outlet\":\"o\",\"kind\":\"NEWS\",\"derived_from\":[null]}"
            },
            {"POST", "/stories", "{\"headline\":\"" + "h".repeat(501) + "\"}"},
            {"POST", "/stories", "{\"headline\":\"ok\",\"state\":\"ARCHIVED\"}"},
            {"POST", "/claims/" + claim + "/links", "{\"report_id\":\"" + story + "\",\"relation\":\"CORROBORATES\"}"},
            {"PATCH", "/claims/" + claim, "{\"sourcing_level\":\"ANONYMOUS\"}"},
            {"PATCH", "/claims/" + claim, "\"just a string\""},
            {"PATCH", "/stories/" + story, "{\"headline\":\"\"}"},
            {"PATCH", "/stories/" + story, "{\"headline\":\"x\",\"unknown\":1}"},
        };
        for (String[] r : requests) {
            String contentType = r[0].equals("PATCH") ? Api.MERGE_PATCH : "application/json";
            int status = given().contentType(contentType)
                    .body(r[2])
                    .request(r[0], r[1])
                    .then()
                    .contentType(Api.PROBLEM_JSON)
                    .extract()
                    .statusCode();
            assertTrue(status >= 400 && status < 500, r[0] + " " + r[1] + " " + r[2] + " answered " + status);
        }
    }

    @Test
    void textThePostgresCannotStoreIsRefusedWithAPointer() {
        Api.problem(
                        json().body("{\"statement\":\"a\\u0000b\",\"sourcing_level\":\"OFFICIAL\"}")
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/statement"));
        Api.problem(
                        json().body("{\"statement\":\"a\",\"sourcing_level\":\"OFFICIAL\",\"attribution\":"
                                        + "{\"source_name\":\"\\u0000\"}}")
                                .post("/claims")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/attribution/source_name"));
        Api.problem(given().queryParam("q", "a\u0000b").get("/claims").then(), 400)
                .body("errors[0].parameter", equalTo("q"));
    }
}
