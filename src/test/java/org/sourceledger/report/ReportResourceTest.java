package org.sourceledger.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReportResourceTest {

    @Inject
    Database database;

    @Test
    void storesTheNormalisedUrlAndRejectsItsVariants() {
        String path = "/2026/11/" + UUID.randomUUID() + "/Harbour-Story";
        var created = json(Map.of(
                        "url",
                        "HTTPS://Wire.Example.COM:443" + path + "?utm_source=x&id=7&fbclid=abc#top",
                        "title",
                        "Harbour story",
                        "outlet",
                        "Example Wire",
                        "kind",
                        "WIRE",
                        "published_at",
                        "2026-11-28T07:15:00Z"))
                .post("/reports")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("url", equalTo("https://wire.example.com" + path + "?id=7"))
                .body("published_at", equalTo("2026-11-28T07:15:00Z"))
                .body("derived_from", empty())
                .extract();
        String id = created.path("id");
        given().get("/reports/" + id).then().statusCode(200).body("kind", equalTo("WIRE"));

        var before = database.fingerprint();
        problem(
                        json(Map.of(
                                        "url",
                                        "https://wire.example.com" + path + "?id=7&utm_medium=email",
                                        "title",
                                        "Same story again",
                                        "outlet",
                                        "Example Wire",
                                        "kind",
                                        "WIRE"))
                                .post("/reports")
                                .then(),
                        409)
                .body("type", equalTo("urn:sourceledger:problem:duplicate-report-url"))
                .body("detail", containsString(id));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void rejectsUrlsThatAreNotWebAddresses() {
        var before = database.fingerprint();
        for (String url : new String[] {"ftp://files.example.com/a", "not a url", "/relative/path", "https://"}) {
            problem(
                            json(Map.of("url", url, "title", "t", "outlet", "o", "kind", "OTHER"))
                                    .post("/reports")
                                    .then(),
                            400)
                    .body("errors[0].pointer", equalTo("/url"));
        }
        assertEquals(before, database.fingerprint());
    }

    @Test
    void timestampsAreStringsNeverEpochNumbers() {
        var before = database.fingerprint();
        problem(
                        json().body(
                                        "{\"url\":\"https://epoch.example/a\",\"title\":\"t\",\"outlet\":\"o\",\"kind\":\"NEWS\","
                                                + "\"published_at\":12345}")
                                .post("/reports")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/published_at"))
                .body("errors[0].detail", containsString("RFC 3339"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void derivedFromMustNameExistingReportsOnce() {
        String wire = Api.createReport("Example Wire", "WIRE");
        var before = database.fingerprint();
        String missing = UUID.randomUUID().toString();
        problem(
                        json(Map.of(
                                        "url",
                                        "https://site.example/" + UUID.randomUUID(),
                                        "title",
                                        "t",
                                        "outlet",
                                        "o",
                                        "kind",
                                        "NEWS",
                                        "derived_from",
                                        List.of(wire, missing, wire)))
                                .post("/reports")
                                .then(),
                        400)
                .body("errors.pointer", contains("/derived_from/1", "/derived_from/2"));
        assertEquals(before, database.fingerprint());
    }

    @Test
    void derivedFromCannotCloseACycle() {
        String wire = Api.createReport("Example Wire", "WIRE");
        String paper = Api.createReport("Daily Example", "NEWS", List.of(wire));
        String blog = Api.createReport("Example Blog", "NEWS", List.of(paper));
        given().get("/reports/" + blog).then().body("derived_from", contains(paper));

        var before = database.fingerprint();
        // wire -> blog would close wire <- paper <- blog <- wire.
        problem(
                        given().contentType(Api.MERGE_PATCH)
                                .body(Map.of("derived_from", List.of(blog)))
                                .patch("/reports/" + wire)
                                .then(),
                        409)
                .body("type", equalTo("urn:sourceledger:problem:provenance-cycle"));
        problem(
                given().contentType(Api.MERGE_PATCH)
                        .body(Map.of("derived_from", List.of(paper)))
                        .patch("/reports/" + wire)
                        .then(),
                409);
        problem(
                        given().contentType(Api.MERGE_PATCH)
                                .body(Map.of("derived_from", List.of(wire)))
                                .patch("/reports/" + wire)
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/derived_from/0"));
        assertEquals(before, database.fingerprint());

        // A diamond is not a cycle.
        String agency = Api.createReport("Other Agency", "WIRE");
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("derived_from", List.of(paper, agency)))
                .patch("/reports/" + blog)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("derived_from.size()", equalTo(2));
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("derived_from", List.of(agency)))
                .patch("/reports/" + paper)
                .then()
                .statusCode(200);
    }

    @Test
    void referencedReportsCannotBeDeleted() {
        String wire = Api.createReport("Example Wire", "WIRE");
        String copy = Api.createReport("Copy Site", "NEWS", List.of(wire));
        String claim = Api.createOfficialClaim(Api.createStory("Delete guard"), "The airport adds a runway.");
        Api.link(claim, copy, "CORROBORATES").statusCode(201);

        var before = database.fingerprint();
        problem(given().delete("/reports/" + wire).then(), 409)
                .body("type", equalTo("urn:sourceledger:problem:report-in-use"))
                .body("detail", containsString("derive"));
        problem(given().delete("/reports/" + copy).then(), 409).body("detail", containsString("link"));
        assertEquals(before, database.fingerprint());

        given().delete("/claims/" + claim).then().statusCode(204);
        given().delete("/reports/" + copy).then().statusCode(204);
        given().delete("/reports/" + wire).then().statusCode(204);
        problem(given().get("/reports/" + wire).then(), 404);
    }

    @Test
    void patchAndListReports() {
        String id = Api.createReport("Example Herald", "NEWS");
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Corrected headline"))
                .patch("/reports/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Corrected headline"));
        problem(
                given().contentType(Api.MERGE_PATCH)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("title", "Lost"))
                        .patch("/reports/" + id)
                        .then(),
                412);
        given().get("/reports?limit=5").then().statusCode(200).body("items.id", hasItem(id));
    }
}
