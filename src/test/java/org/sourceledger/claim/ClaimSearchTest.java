package org.sourceledger.claim;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Statements;

/**
 * Search tests its word on the newest rows first and finds older matches separately (ClaimRepository). These
 * tests put matches on both sides of that window's edge and check that pages still come out complete, in order,
 * and without repeats, with and without other filters.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ClaimSearchTest {

    private static final int CLAIMS = ClaimRepository.SEARCH_RECENT_WINDOW + 300;

    @Inject
    Database database;

    @Inject
    SessionFactory sessionFactory;

    private static String story;
    private static String word;
    /** Ids of the matching claims, newest first, found without the window (LIKE, no full-text index). */
    private static List<String> expected;

    /**
     * Once for the class: a story whose claims are one second apart, dated 2020 so they are older than every other
     * test's claims. The word is in the 25 oldest, in 5 from the middle and in 7 of the newest 100, so a page of 20
     * needs rows from beyond the window.
     */
    @BeforeEach
    void seedOnce() {
        if (story != null) {
            return;
        }
        story = Api.createStory("Search window");
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        database.update("""
                INSERT INTO claims (id, story_id, statement, sourcing_level, source_name, created_at, updated_at,
                                    created_by)
                SELECT gen_random_uuid(), '%1$s',
                       CASE WHEN n <= 25 OR n %% 97 = 0 AND n BETWEEN 1000 AND 1500 OR n > %2$d - 100 AND n %% 13 = 0
                            THEN 'The harbour master said %3$s boats were seen' ELSE 'The harbour master said nothing' END,
                       'ON_RECORD', 'Harbour master', timestamptz '2020-01-01' + n * interval '1 second',
                       timestamptz '2020-01-01' + n * interval '1 second', 'search-test'
                FROM generate_series(1, %2$d) n""".formatted(story, CLAIMS, word));
        expected = database.strings("SELECT id::text FROM claims WHERE statement LIKE '%" + word + "%'"
                + " ORDER BY created_at DESC, id DESC");
        assertEquals(25 + 5 + 7, expected.size(), "the seed");
    }

    @Test
    void pagesAcrossTheWindowEdgeAreCompleteAndInOrder() {
        assertEquals(expected, allPages("/claims?story_id=" + story + "&q=" + word + "&limit=20"));
        assertEquals(expected, allPages("/stories/" + story + "/claims?q=" + word + "&limit=7"));
        assertEquals(expected, allPages("/claims?q=" + word + "&limit=200"), "without the story filter");
    }

    @Test
    void otherFiltersStillApplyToTheOlderMatches() {
        assertEquals(List.of(), allPages("/claims?story_id=" + story + "&q=" + word + "&sourcing_level=OFFICIAL"));
        assertEquals(
                expected.size(),
                allPages("/claims?q=" + word + "&sourcing_level=ON_RECORD&limit=50")
                        .size());
    }

    @Test
    void aSearchIsOneStatementHoweverOldTheMatches() {
        assertEquals(1, Statements.preparedFor(sessionFactory, "/claims?story_id=" + story + "&q=harbour&limit=50"));
        assertEquals(
                1,
                Statements.preparedFor(sessionFactory, "/claims?story_id=" + story + "&q=" + word + "&limit=50"),
                "one statement, so both steps read one snapshot");
    }

    private static List<String> allPages(String firstPage) {
        List<String> ids = new ArrayList<>();
        String path = firstPage;
        for (int pages = 0; path != null; pages++) {
            assertTrue(pages < 100, "paging does not end");
            JsonPath body = given().get(path).then().statusCode(200).extract().jsonPath();
            ids.addAll(body.getList("items.id", String.class));
            String cursor = body.getString("next_cursor");
            path = cursor == null ? null : firstPage + "&cursor=" + cursor;
        }
        return ids;
    }
}
