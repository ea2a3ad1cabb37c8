package org.sourceledger.link;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LinkResourceTest {

    @Inject
    Database database;

    @Test
    void linksDriveTheClaimsVerification() {
        String claim = Api.createOfficialClaim(Api.createStory("Verification"), "The museum will charge entry.");
        String first = Api.createReport("Example Times", "NEWS");
        String second = Api.createReport("Example Post", "NEWS");
        String rebuttal = Api.createReport("Museum Board", "OFFICIAL_STATEMENT");

        var link = json(Map.of("report_id", first, "relation", "CORROBORATES", "excerpt", "Entry fees start in May."))
                .post("/claims/" + claim + "/links")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("claim_id", equalTo(claim))
                .body("report_id", equalTo(first))
                .body("excerpt", equalTo("Entry fees start in May."))
                .body("created_by", equalTo(Keys.DEVELOPMENT_KEY_NAME))
                .extract();
        given().get(link.header("Location")).then().statusCode(200).body("relation", equalTo("CORROBORATES"));
        verification(claim, "CORROBORATED", 1, 1, 0);

        Api.link(claim, second, "CORROBORATES").statusCode(201);
        verification(claim, "CORROBORATED", 2, 2, 0);

        String conflict =
                Api.link(claim, rebuttal, "CONFLICTS").statusCode(201).extract().path("id");
        verification(claim, "DISPUTED", 2, 2, 1);
        given().get("/claims?verification_status=DISPUTED&limit=200")
                .then()
                .body("items.id", org.hamcrest.Matchers.hasItem(claim));

        given().delete("/claims/" + claim + "/links/" + link.path("id")).then().statusCode(204);
        given().get("/claims/" + claim + "/links").then().statusCode(200).body("items.size()", equalTo(2));
        String secondLink =
                given().get("/claims/" + claim + "/links").then().extract().path("items[1].id");
        given().delete("/claims/" + claim + "/links/" + secondLink).then().statusCode(204);
        verification(claim, "CONTRADICTED", 0, 0, 1);

        given().header("If-Match", "\"0\"")
                .delete("/claims/" + claim + "/links/" + conflict)
                .then()
                .statusCode(204);
        verification(claim, "UNVERIFIED", 0, 0, 0);
    }

    private static void verification(String claim, String status, int independent, int corroborating, int conflicting) {
        given().get("/claims/" + claim)
                .then()
                .statusCode(200)
                .body("verification.status", equalTo(status))
                .body("verification.independent_corroborations", equalTo(independent))
                .body("verification.corroborating_reports", equalTo(corroborating))
                .body("verification.conflicting_reports", equalTo(conflicting));
    }

    @Test
    void aClaimLinksToAReportOnce() {
        String claim = Api.createOfficialClaim(Api.createStory("Once"), "The zoo adds two elephants.");
        String report = Api.createReport("Example Gazette", "NEWS");
        Api.link(claim, report, "CORROBORATES").statusCode(201);
        var before = database.fingerprint();
        problem(Api.link(claim, report, "CONFLICTS"), 409)
                .body("type", equalTo("urn:sourceledger:problem:duplicate-link"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void rejectsUnknownReportsClaimsAndBadInput() {
        String claim = Api.createOfficialClaim(Api.createStory("Bad links"), "The stadium gets a roof.");
        String report = Api.createReport("Example Courier", "NEWS");
        var before = database.fingerprint();
        problem(Api.link(claim, UUID.randomUUID().toString(), "CORROBORATES"), 400)
                .body("errors[0].pointer", equalTo("/report_id"));
        problem(Api.link(UUID.randomUUID().toString(), report, "CORROBORATES"), 404);
        problem(Api.link(claim, report, "SUPPORTS"), 400)
                .body("errors[0].pointer", equalTo("/relation"))
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("CORROBORATES, CONFLICTS"));
        problem(
                        json(Map.of("relation", "CORROBORATES"))
                                .post("/claims/" + claim + "/links")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/report_id"));
        problem(
                        json(Map.of("report_id", report, "relation", "CORROBORATES", "excerpt", "e".repeat(5001)))
                                .post("/claims/" + claim + "/links")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/excerpt"));
        problem(given().get("/claims/" + claim + "/links/" + UUID.randomUUID()).then(), 404);
        assertEquals(before, database.fingerprint());
    }

    @Test
    void concurrentLinksKeepTheCountsExactAndNeverDuplicate() throws Exception {
        String claim = Api.createOfficialClaim(Api.createStory("Concurrent"), "The market hall will be sold.");
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reports.add(Api.createReport("Concurrent Outlet " + i, "NEWS"));
        }
        String contested = Api.createReport("Contested Outlet", "NEWS");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> distinct = new ArrayList<>();
            for (String report : reports) {
                distinct.add(pool.submit(
                        () -> Api.link(claim, report, "CORROBORATES").extract().statusCode()));
            }
            List<Future<Integer>> same = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                same.add(pool.submit(
                        () -> Api.link(claim, contested, "CONFLICTS").extract().statusCode()));
            }
            for (Future<Integer> status : distinct) {
                assertEquals(201, status.get());
            }
            List<Integer> sameStatuses = new ArrayList<>();
            for (Future<Integer> status : same) {
                sameStatuses.add(status.get());
            }
            assertEquals(1, sameStatuses.stream().filter(s -> s == 201).count(), sameStatuses.toString());
            assertEquals(7, sameStatuses.stream().filter(s -> s == 409).count(), sameStatuses.toString());
        } finally {
            pool.shutdownNow();
        }
        verification(claim, "DISPUTED", 8, 8, 1);
    }

    @Test
    void aLinkBelongsToItsClaim() {
        String claim = Api.createOfficialClaim(Api.createStory("Ownership"), "The tunnel opens in June.");
        String other = Api.createOfficialClaim(Api.createStory("Other"), "The canal is dredged.");
        String report = Api.createReport("Example Ledger", "NEWS");
        String link = Api.link(claim, report, "CORROBORATES")
                .statusCode(201)
                .extract()
                .path("id");
        problem(given().get("/claims/" + other + "/links/" + link).then(), 404);
        problem(given().delete("/claims/" + other + "/links/" + link).then(), 404);
        given().get("/claims/" + claim + "/links").then().body("items.id", contains(link));
    }

    @Test
    void deletingAClaimRemovesItsLinksButNotTheReports() {
        String claim = Api.createOfficialClaim(Api.createStory("Cascade"), "The pier will be demolished.");
        String report = Api.createReport("Example Observer", "NEWS");
        Api.link(claim, report, "CONFLICTS").statusCode(201);
        given().delete("/claims/" + claim).then().statusCode(204);
        assertEquals(0, database.count("SELECT count(*) FROM claim_links WHERE claim_id = '" + claim + "'"));
        given().get("/reports/" + report).then().statusCode(200);
        given().delete("/reports/" + report).then().statusCode(204);
    }
}
