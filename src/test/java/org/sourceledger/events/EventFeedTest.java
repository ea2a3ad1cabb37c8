package org.sourceledger.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sourceledger.story.StoryInput;
import org.sourceledger.story.StoryService;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Feed;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EventFeedTest {

    @Inject
    StoryService stories;

    @Inject
    ChangeEvents events;

    @Inject
    Database database;

    @Test
    @SuppressWarnings("unchecked")
    void aClaimContradictedByAReportIsInTheFeedAsCloudEvents() {
        Feed feed = Feed.fromNow();
        String storyId = Api.createStory("Harbour dredging contract awarded");
        String claimId = Api.createOfficialClaim(storyId, "The dredging contract went to the lowest bidder.");
        String reportId = Api.createReport("Harbour Gazette", "NEWS");
        String linkId = Api.link(claimId, reportId, "CONFLICTS")
                .statusCode(201)
                .extract()
                .path("id");

        List<Map<String, Object>> read = feed.poll();
        assertEquals(
                List.of("story.created", "claim.created", "report.created", "link.added", "claim.verification_changed"),
                read.stream().map(e -> (String) e.get("type")).toList());
        assertEquals(List.of("claim.created", "claim.verification_changed"), Feed.typesOf(read, claimId));
        assertEquals(List.of("link.added"), Feed.typesOf(read, linkId));

        Map<String, Object> changed = read.get(4);
        assertEquals("1.0", changed.get("specversion"));
        assertEquals("/sourceledger", changed.get("source"));
        assertEquals(claimId, changed.get("subject"));
        assertEquals("application/json", changed.get("datacontenttype"));
        assertTrue(Instant.parse((String) changed.get("time"))
                .isBefore(Instant.now().plusSeconds(1)));
        Map<String, Object> data = (Map<String, Object>) changed.get("data");
        assertEquals(claimId, data.get("id"));
        assertEquals("http://localhost:8080/claims/" + claimId, data.get("url"));
        String etag = given().get("/claims/" + claimId).then().extract().header("ETag");
        assertEquals(etag, data.get("version"), "the event carries the claim's ETag after the change");
        Map<String, Map<String, Object>> verification =
                ((Map<String, Map<String, Map<String, Object>>>) data.get("changes")).get("verification");
        assertEquals("UNVERIFIED", verification.get("old").get("status"));
        assertEquals("CONTRADICTED", verification.get("new").get("status"));
        assertEquals(1, verification.get("new").get("conflicting_reports"));

        // The same events, filtered by type wildcard and by subject.
        given().queryParam("types", "claim.*")
                .queryParam("subject", claimId)
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.type", equalTo(List.of("claim.created", "claim.verification_changed")))
                .body("next_after", notNullValue());
        given().queryParam("types", "link.added,story.created")
                .queryParam("subject", linkId)
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.type", equalTo(List.of("link.added")))
                .body("items[0].data.changes.relation.new", equalTo("CONFLICTS"));
    }

    @Test
    void updatesCarryOldAndNewValuesAndPublishingIsItsOwnEvent() {
        String storyId = Api.createStory("Tram depot plan");
        Feed feed = Feed.fromNow();
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("headline", "Tram depot plan approved"))
                .patch("/stories/" + storyId)
                .then()
                .statusCode(200);
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("state", "PUBLISHED"))
                .patch("/stories/" + storyId)
                .then()
                .statusCode(200);
        given().header("If-Match", "\"2\"").delete("/stories/" + storyId).then().statusCode(204);

        List<Map<String, Object>> read = feed.poll();
        assertEquals(List.of("story.updated", "story.published", "story.deleted"), Feed.typesOf(read, storyId));
        var updated = new io.restassured.path.json.JsonPath(Api.toJson(read.get(0)));
        assertEquals("Tram depot plan", updated.getString("data.changes.headline.old"));
        assertEquals("Tram depot plan approved", updated.getString("data.changes.headline.new"));
        assertFalse(updated.getMap("data.changes").containsKey("updated_at"), "updated_at changes on every write");
        assertEquals("\"1\"", updated.getString("data.version"));
        var deleted = new io.restassured.path.json.JsonPath(Api.toJson(read.get(2)));
        assertEquals("PUBLISHED", deleted.getString("data.changes.state.old"));
        assertFalse(deleted.getMap("data.changes.state").containsKey("new"));
    }

    @Test
    void aPatchThatChangesNothingRecordsNoEvent() {
        String storyId = Api.createStory("Ferry timetable");
        Feed feed = Feed.fromNow();
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("headline", "Ferry timetable"))
                .patch("/stories/" + storyId)
                .then()
                .statusCode(200);
        assertEquals(List.of(), Feed.typesOf(feed.poll(), storyId));
    }

    @Test
    void noEventCarriesAConfidentialIdentityOrAKey() {
        Feed feed = Feed.fromNow();
        String identity = "Jana Example, deputy harbour master";
        String claimId = json(Map.of(
                        "statement",
                        "The harbour master was told of the leak a week before it was reported.",
                        "sourcing_level",
                        "ANONYMOUS",
                        "attribution",
                        Map.of("source_count", 1, "anonymity_reason", "fears losing their job"),
                        "confidential_identity",
                        identity))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String key = Keys.issue("READER");

        List<Map<String, Object>> read = feed.poll();
        String all = Api.toJson(read);
        assertFalse(all.contains(identity), "an event must not carry a confidential identity");
        assertFalse(all.contains(key), "an event must not carry an API key");
        var created = new io.restassured.path.json.JsonPath(Api.toJson(read.stream()
                .filter(e -> claimId.equals(e.get("subject")))
                .findFirst()
                .orElseThrow()));
        assertEquals("[redacted]", created.getString("data.changes.confidential_identity.new"));
        assertTrue(read.stream().anyMatch(e -> "api_key.created".equals(e.get("type"))));
    }

    @Test
    void aRolledBackChangeLeavesNoEventAndACommittedOneAlwaysDoes() {
        Feed feed = Feed.fromNow();
        String[] rolledBack = new String[1];
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rolledBack[0] = stories.create(new StoryInput("Rolled back", null, null, null))
                        .body()
                        .id()
                        .toString();
                throw new IllegalStateException("the change fails after its event was written");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        String committed = QuarkusTransaction.requiringNew()
                .call(() -> stories.create(new StoryInput("Committed", null, null, null))
                        .body()
                        .id()
                        .toString());
        List<Map<String, Object>> read = feed.poll();
        assertEquals(List.of(), Feed.typesOf(read, rolledBack[0]));
        assertEquals(List.of("story.created"), Feed.typesOf(read, committed));
        assertEquals(
                0, database.count("SELECT count(*) FROM event_outbox WHERE aggregateid = '" + rolledBack[0] + "'"));
    }

    /**
     * Transaction A writes its event first and commits last; B writes and commits in between. A reader that polls
     * while A is open must not move past A's place, and must then read both: nothing is skipped.
     */
    @Test
    void anEventThatCommitsLateIsNeverSkipped() throws Exception {
        Feed reader = Feed.fromNow();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    String id = stories.create(new StoryInput("Started first, committed last", null, null, null))
                            .body()
                            .id()
                            .toString();
                    written.countDown();
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                    return id;
                }));
        assertTrue(written.await(30, TimeUnit.SECONDS));
        String fast = Api.createStory("Started second, committed first");

        // A plain sequence would put B after A, and B is visible while A is not: a reader going by the highest
        // sequence it has seen would move past A for ever. The feed holds B back instead.
        List<Map<String, Object>> whileOpen = reader.poll();
        assertEquals(List.of(), Feed.typesOf(whileOpen, fast), "B must wait until A, which began earlier, has ended");

        release.countDown();
        String late = slow.get(30, TimeUnit.SECONDS);
        long lateSeq = database.count("SELECT seq FROM event_outbox WHERE aggregateid = '" + late + "'");
        long fastSeq = database.count("SELECT seq FROM event_outbox WHERE aggregateid = '" + fast + "'");
        assertTrue(lateSeq < fastSeq, "A's event was written first");

        List<Map<String, Object>> afterCommit = reader.poll();
        List<String> subjects =
                afterCommit.stream().map(e -> (String) e.get("subject")).toList();
        assertTrue(subjects.contains(late), "the late commit is read: " + subjects);
        assertTrue(subjects.contains(fast), "the early commit is read: " + subjects);
        assertTrue(subjects.indexOf(late) < subjects.indexOf(fast), "in the order the transactions began");
        assertEquals(List.of(), reader.poll(), "and nothing twice");
    }

    /**
     * Transaction ids gain a digit now and then (9,999 → 10,000). The feed must keep numeric order across that
     * step, on one page and across pages: ordered by the text of the id, "10000" sorts before "9999", and a reader
     * paging by position repeats some events and skips others.
     */
    @Test
    void theFeedKeepsItsOrderWhenTransactionIdsGainADigit() {
        Feed reader = Feed.fromNow();
        String start = reader.position();
        long xid = database.count("SELECT CAST(CAST(pg_current_xact_id() AS text) AS bigint)");
        long power = 10;
        while (power <= xid + 100) {
            power *= 10;
        }
        // One transaction id per iteration, committed at once, until just below the next power of ten.
        database.update("DO $$ BEGIN WHILE CAST(CAST(pg_current_xact_id() AS text) AS bigint) < " + (power - 20)
                + " LOOP COMMIT; END LOOP; END $$");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            created.add(Api.createStory("Story " + i + " around a transaction id that gains a digit"));
        }
        assertTrue(
                database.count("SELECT CAST(CAST(pg_current_xact_id() AS text) AS bigint)") > power,
                "the stories' transactions crossed " + power);

        assertEquals(created, subjects(reader.poll(), created), "one page, in the order the stories were created");

        List<Map<String, Object>> paged = new ArrayList<>();
        String position = start;
        while (true) {
            JsonPath page = given().queryParam("limit", 4)
                    .queryParam("after", position)
                    .get("/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            paged.addAll(items);
            position = page.getString("next_after");
            if (items.size() < 4) {
                break;
            }
        }
        assertEquals(created, subjects(paged, created), "four at a time: nothing repeated, nothing skipped");
    }

    private static List<String> subjects(List<Map<String, Object>> events, List<String> of) {
        return events.stream()
                .map(e -> (String) e.get("subject"))
                .filter(of::contains)
                .toList();
    }

    @Test
    void aPositionOlderThanTheRetentionAnswers410() {
        String old = new FeedPosition(1, 1, Instant.now().minus(Duration.ofDays(31))).encode();
        problem(given().queryParam("after", old).get("/events").then(), 410)
                .body("type", equalTo("urn:sourceledger:problem:position-expired"));
        String recent = new FeedPosition(1, 1, Instant.now().minus(Duration.ofDays(29))).encode();
        given().queryParam("after", recent).get("/events").then().statusCode(200);
    }

    @Test
    void badParametersAnswer400() {
        problem(given().queryParam("after", "not-a-position").get("/events").then(), 400)
                .body("errors[0].parameter", equalTo("after"));
        problem(given().queryParam("types", "claim.exploded").get("/events").then(), 400)
                .body("detail", containsString("claim.verification_changed"));
        problem(given().queryParam("limit", 501).get("/events").then(), 400);
        problem(given().queryParam("subject", "claim-1").get("/events").then(), 400);
    }

    @Test
    void nextAfterIsNeverNullAndAnEmptyPollStaysPut() {
        Feed reader = Feed.fromNow();
        String position = reader.position();
        given().queryParam("after", position)
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("next_after", notNullValue());
    }
}
