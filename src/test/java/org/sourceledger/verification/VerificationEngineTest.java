package org.sourceledger.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;

/** docs/architecture.md, Verification rules, through the API: only independent sources count, circles are caught. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class VerificationEngineTest {

    private static String claim() {
        return Api.createOfficialClaim(
                Api.createStory("Verification engine"), "The regional rail fares rise 8 percent.");
    }

    /** Reads both the summary on the claim and the breakdown, and checks they agree. */
    static JsonPath verification(String claimId) {
        JsonPath summary = given().get("/claims/" + claimId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath breakdown = given().get("/claims/" + claimId + "/verification")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (String field : new String[] {
            "status", "independent_corroborations", "corroborating_reports", "conflicting_reports", "circular"
        }) {
            assertEquals(
                    summary.getString("verification." + field),
                    breakdown.getString(field),
                    "summary and breakdown disagree on " + field);
        }
        return breakdown;
    }

    @Test
    void aWireStoryRepublishedBySeveralOutletsCountsOnce() {
        String claim = claim();
        String wire = Api.createReport("Example Wire", "WIRE");
        List<String> copies = List.of(
                Api.createReport("Daily Example", "NEWS", List.of(wire)),
                Api.createReport("Evening Example", "NEWS", List.of(wire)),
                Api.createReport("Example Online", "NEWS", List.of(wire)));
        copies.forEach(copy -> Api.link(claim, copy, "CORROBORATES").statusCode(201));
        Api.link(claim, wire, "CORROBORATES").statusCode(201);

        JsonPath breakdown = verification(claim);
        assertEquals("CORROBORATED", breakdown.getString("status"));
        assertEquals(1, breakdown.getInt("independent_corroborations"));
        assertEquals(4, breakdown.getInt("corroborating_reports"));
        assertEquals(true, breakdown.getBoolean("circular"));
        assertEquals(wire, breakdown.getString("circular_groups[0].origin_report_id"));
        assertEquals(
                4,
                breakdown.getList("circular_groups[0].corroborating_report_ids").size());
        assertEquals(List.of("Example Wire"), breakdown.getList("independence_groups.outlet"));
        assertEquals(
                List.of(wire),
                breakdown.getList(
                        "corroborating.find { it.report.report_id == '" + copies.get(0) + "' }.origins.report_id"));
        given().get("/claims/" + claim + "/verification")
                .then()
                .body("explanation", containsString("1 independent source (Example Wire)"))
                .body("explanation", containsString("Circular reporting"));
    }

    @Test
    void twoIndependentWiresCountTwice() {
        String claim = claim();
        String first = Api.createReport("Example Wire", "WIRE");
        String second = Api.createReport("Other Wire", "WIRE");
        Api.link(claim, Api.createReport("Daily Example", "NEWS", List.of(first)), "CORROBORATES")
                .statusCode(201);
        Api.link(claim, Api.createReport("Evening Example", "NEWS", List.of(second)), "CORROBORATES")
                .statusCode(201);

        JsonPath breakdown = verification(claim);
        assertEquals(2, breakdown.getInt("independent_corroborations"));
        assertEquals(false, breakdown.getBoolean("circular"));
        assertEquals(List.of(), breakdown.getList("circular_groups"));
    }

    @Test
    void theSameOutletTwiceCountsOnce() {
        String claim = claim();
        Api.link(claim, Api.createReport("Example Times", "NEWS"), "CORROBORATES")
                .statusCode(201);
        Api.link(claim, Api.createReport("example times ", "NEWS"), "CORROBORATES")
                .statusCode(201);

        JsonPath breakdown = verification(claim);
        assertEquals(1, breakdown.getInt("independent_corroborations"));
        assertEquals(2, breakdown.getInt("corroborating_reports"));
        assertEquals(false, breakdown.getBoolean("circular"), "two origins of one outlet are not circular reporting");
        assertEquals(
                2, breakdown.getList("independence_groups[0].origin_report_ids").size());
    }

    @Test
    void aChainThreeDeepLeadsToItsOrigin() {
        String claim = claim();
        String origin = Api.createReport("Example Wire", "WIRE");
        String middle = Api.createReport("Daily Example", "NEWS", List.of(origin));
        String top = Api.createReport("Example Blog", "NEWS", List.of(middle));
        Api.link(claim, top, "CORROBORATES").statusCode(201);
        Api.link(claim, Api.createReport("Independent Weekly", "NEWS"), "CORROBORATES")
                .statusCode(201);

        JsonPath breakdown = verification(claim);
        assertEquals(2, breakdown.getInt("independent_corroborations"));
        assertEquals(
                List.of(origin),
                breakdown.getList("corroborating.find { it.report.report_id == '" + top + "' }.origins.report_id"));
        assertEquals(false, breakdown.getBoolean("circular"));
    }

    @Test
    void aDiamondCollapsesToItsSingleOrigin() {
        String claim = claim();
        String origin = Api.createReport("Example Wire", "WIRE");
        String left = Api.createReport("Daily Example", "NEWS", List.of(origin));
        String right = Api.createReport("Evening Example", "NEWS", List.of(origin));
        String bottom = Api.createReport("Example Digest", "NEWS", List.of(left, right));
        Api.link(claim, bottom, "CORROBORATES").statusCode(201);
        Api.link(claim, left, "CORROBORATES").statusCode(201);

        JsonPath breakdown = verification(claim);
        assertEquals(1, breakdown.getInt("independent_corroborations"));
        assertEquals(true, breakdown.getBoolean("circular"));
        assertEquals(
                List.of(origin),
                breakdown.getList("corroborating.find { it.report.report_id == '" + bottom + "' }.origins.report_id"));
    }

    @Test
    void aReportDerivingFromTwoOriginsReachesBoth() {
        String claim = claim();
        String wire = Api.createReport("Example Wire", "WIRE");
        String agency = Api.createReport("Other Agency", "WIRE");
        String roundup = Api.createReport("Example Roundup", "NEWS", List.of(wire, agency));
        Api.link(claim, roundup, "CORROBORATES").statusCode(201);

        JsonPath breakdown = verification(claim);
        assertEquals(2, breakdown.getInt("independent_corroborations"));
        assertEquals(false, breakdown.getBoolean("circular"));
        assertEquals(2, breakdown.getList("corroborating[0].origins").size());
    }

    @Test
    void aConflictOnACorroboratedClaimDisputesIt() {
        String claim = claim();
        Api.link(claim, Api.createReport("Example Times", "NEWS"), "CORROBORATES")
                .statusCode(201);
        assertEquals("CORROBORATED", verification(claim).getString("status"));
        Api.link(claim, Api.createReport("Rail Operator", "OFFICIAL_STATEMENT"), "CONFLICTS")
                .statusCode(201);

        JsonPath breakdown = verification(claim);
        assertEquals("DISPUTED", breakdown.getString("status"));
        assertEquals(1, breakdown.getList("conflicting").size());
        given().get("/claims/" + claim + "/verification")
                .then()
                .body("explanation", containsString("Disputed"))
                .body("explanation", containsString("1 report conflicts"));
    }

    @Test
    void changingDerivedFromChangesTheStatusOfEveryDependentClaim() {
        String claim = claim();
        String other = claim();
        String wire = Api.createReport("Example Wire", "WIRE");
        String paper = Api.createReport("Daily Example", "NEWS");
        String blog = Api.createReport("Example Blog", "NEWS", List.of(paper));
        Api.link(claim, wire, "CORROBORATES").statusCode(201);
        Api.link(claim, blog, "CORROBORATES").statusCode(201);
        Api.link(other, blog, "CORROBORATES").statusCode(201);
        assertEquals(2, verification(claim).getInt("independent_corroborations"));
        String etagBefore = given().get("/claims/" + claim).then().extract().header("ETag");

        // The paper turns out to have republished the wire story: the blog now leads back to the wire too.
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("derived_from", List.of(wire)))
                .patch("/reports/" + paper)
                .then()
                .statusCode(200);
        JsonPath breakdown = verification(claim);
        assertEquals(1, breakdown.getInt("independent_corroborations"));
        assertEquals(true, breakdown.getBoolean("circular"));
        given().get("/claims/" + claim).then().header("ETag", not(equalTo(etagBefore)));
        assertEquals(1, verification(other).getInt("independent_corroborations"));
        assertEquals("Example Wire", verification(other).getString("independence_groups[0].outlet"));

        // And back.
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("derived_from", List.of()))
                .patch("/reports/" + paper)
                .then()
                .statusCode(200);
        assertEquals(2, verification(claim).getInt("independent_corroborations"));
        assertEquals(false, verification(claim).getBoolean("circular"));

        // Renaming an origin's outlet to another origin's outlet merges their independence.
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("outlet", "Example Wire"))
                .patch("/reports/" + paper)
                .then()
                .statusCode(200);
        assertEquals(1, verification(claim).getInt("independent_corroborations"));
    }

    @Test
    void statusFilterFollowsProvenance() {
        String claim = claim();
        String wire = Api.createReport("Example Wire", "WIRE");
        Api.link(claim, wire, "CONFLICTS").statusCode(201);
        given().get("/claims?verification_status=CONTRADICTED&limit=200").then().body("items.id", hasItem(claim));
        Api.link(claim, Api.createReport("Daily Example", "NEWS", List.of(wire)), "CORROBORATES")
                .statusCode(201);
        given().get("/claims?verification_status=DISPUTED&limit=200").then().body("items.id", hasItem(claim));
        given().get("/claims?verification_status=CONTRADICTED&limit=200").then().body("items.id", not(hasItem(claim)));
    }

    @Test
    void breakdownOfAnUnlinkedClaimAndOfAMissingOne() {
        String claim = claim();
        given().get("/claims/" + claim + "/verification")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNVERIFIED"))
                .body("corroborating", empty())
                .body("explanation", containsString("no report is linked"));
        Api.problem(
                given().get("/claims/00000000-0000-0000-0000-000000000000/verification")
                        .then(),
                404);
    }

    @Test
    void linksListedInTheBreakdownAreTheClaimsOwn() {
        String claim = claim();
        String a = Api.createReport("Example Times", "NEWS");
        String b = Api.createReport("Rail Operator", "OFFICIAL_STATEMENT");
        Api.link(claim, a, "CORROBORATES").statusCode(201);
        Api.link(claim, b, "CONFLICTS").statusCode(201);
        given().get("/claims/" + claim + "/verification")
                .then()
                .body("corroborating.report.report_id", contains(a))
                .body("conflicting.report.report_id", contains(b))
                .body("conflicting[0].origins.report_id", containsInAnyOrder(b));
    }
}
