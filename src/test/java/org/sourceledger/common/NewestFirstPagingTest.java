package org.sourceledger.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;

/** Following next_cursor one item at a time visits every item once, newest first, with and without a filter. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class NewestFirstPagingTest {

    @Test
    void linksOfOneClaimPageNewestFirstAndOnlyThatClaims() {
        String claim = Api.createOfficialClaim(Api.createStory("Paging links"), "The quay reopens in June.");
        String other = Api.createOfficialClaim(Api.createStory("Paging other links"), "The quay closes in May.");
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String report = Api.createReport("Paging Outlet " + i, "NEWS");
            added.add(
                    0,
                    Api.link(claim, report, "CORROBORATES")
                            .statusCode(201)
                            .extract()
                            .path("id"));
            Api.link(other, report, "CORROBORATES").statusCode(201);
        }
        assertEquals(added, walk("/claims/" + claim + "/links"));
    }

    @Test
    void reportsPageNewestFirstWithoutRepeats() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(0, Api.createReport("Paging Reports " + i, "WIRE"));
        }
        List<String> seen = walk("/reports");
        assertEquals(created, seen.subList(0, 3), "the three newest reports come first, newest first");
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no report appears twice");
    }

    private static List<String> walk(String path) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.json().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("next_cursor");
        } while (cursor != null && ids.size() < 500);
        return ids;
    }
}
