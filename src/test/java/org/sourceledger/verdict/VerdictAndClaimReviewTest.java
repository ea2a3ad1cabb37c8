package org.sourceledger.verdict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class VerdictAndClaimReviewTest {

    @Inject
    Database database;

    @Test
    void recordsReadsAndWithdrawsAVerdict() {
        String claim = Api.createOfficialClaim(Api.createStory("Verdicts"), "The city will plant 10,000 trees.");
        problem(given().get("/claims/" + claim + "/verdict").then(), 404);

        json(Map.of("rating", "MOSTLY_TRUE", "explanation", "The budget funds 9,400 trees."))
                .header("If-Match", "\"0\"")
                .put("/claims/" + claim + "/verdict")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("rating", equalTo("MOSTLY_TRUE"))
                .body("reviewed_by", equalTo(Keys.DEVELOPMENT_KEY_NAME))
                .body("reviewed_at", notNullValue());
        given().get("/claims/" + claim)
                .then()
                .body("verdict.rating", equalTo("MOSTLY_TRUE"))
                .body("verdict.explanation", equalTo("The budget funds 9,400 trees."));

        json(Map.of("rating", "TRUE", "explanation", "The council confirmed 10,000."))
                .put("/claims/" + claim + "/verdict")
                .then()
                .statusCode(200)
                .body("rating", equalTo("TRUE"));
        problem(
                json(Map.of("rating", "FALSE", "explanation", "stale"))
                        .header("If-Match", "\"1\"")
                        .put("/claims/" + claim + "/verdict")
                        .then(),
                412);

        given().delete("/claims/" + claim + "/verdict").then().statusCode(204);
        given().get("/claims/" + claim).then().body("verdict", nullValue());
        problem(given().delete("/claims/" + claim + "/verdict").then(), 404);
    }

    @Test
    void invalidVerdictsChangeNothing() {
        String claim = Api.createOfficialClaim(Api.createStory("Bad verdicts"), "The pool reopens in April.");
        var before = database.fingerprint();
        problem(
                        json(Map.of("rating", "PANTS_ON_FIRE", "explanation", "x"))
                                .put("/claims/" + claim + "/verdict")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/rating"));
        problem(
                        json(Map.of("rating", "FALSE"))
                                .put("/claims/" + claim + "/verdict")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/explanation"));
        problem(
                        json(Map.of("rating", "FALSE", "explanation", " "))
                                .put("/claims/" + claim + "/verdict")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/explanation"));
        problem(
                        json(Map.of("rating", "FALSE", "explanation", "x", "reviewed_by", "someone else"))
                                .put("/claims/" + claim + "/verdict")
                                .then(),
                        400)
                .body("errors[0].pointer", equalTo("/reviewed_by"));
        problem(
                json(Map.of("rating", "FALSE", "explanation", "x"))
                        .put("/claims/00000000-0000-0000-0000-000000000000/verdict")
                        .then(),
                404);
        assertEquals(before, database.fingerprint());
    }

    @Test
    void exportsClaimReviewJsonLd() throws Exception {
        String story = json(Map.of("headline", "Trees", "url", "https://news.example.org/2026/trees"))
                .post("/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String claim = Api.createOfficialClaim(story, "The city will plant 10,000 trees.");
        String report = Api.createReport("Example Times", "NEWS");
        Api.link(claim, report, "CORROBORATES").statusCode(201);
        String reportUrl = given().get("/reports/" + report).then().extract().path("url");
        problem(
                given().accept("application/ld+json")
                        .get("/claims/" + claim + "/claim-review")
                        .then(),
                404);

        json(Map.of("rating", "MOSTLY_FALSE", "explanation", "Only 4,000 are funded."))
                .put("/claims/" + claim + "/verdict")
                .then()
                .statusCode(200);
        String body = given().accept("application/ld+json")
                .get("/claims/" + claim + "/claim-review")
                .then()
                .statusCode(200)
                .contentType("application/ld+json")
                .extract()
                .asString();

        JsonNode review = new ObjectMapper().readTree(body);
        assertEquals("https://schema.org", review.get("@context").asText());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals(
                "http://localhost:8080/claims/" + claim + "/claim-review",
                review.get("url").asText());
        assertEquals(
                "The city will plant 10,000 trees.", review.get("claimReviewed").asText());
        LocalDate.parse(review.get("datePublished").asText());
        assertEquals("Organization", review.at("/author/@type").asText());
        assertEquals("SourceLedger Newsroom", review.at("/author/name").asText());
        assertEquals("Rating", review.at("/reviewRating/@type").asText());
        assertEquals(2, review.at("/reviewRating/ratingValue").asInt());
        assertEquals(5, review.at("/reviewRating/bestRating").asInt());
        assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        assertEquals("Mostly false", review.at("/reviewRating/alternateName").asText());
        assertEquals("Claim", review.at("/itemReviewed/@type").asText());
        assertEquals(
                "https://news.example.org/2026/trees",
                review.at("/itemReviewed/appearance/0/url").asText());
        assertEquals(reportUrl, review.at("/itemReviewed/appearance/1/url").asText());

        json(Map.of("rating", "UNPROVEN", "explanation", "No budget document is public."))
                .put("/claims/" + claim + "/verdict")
                .then()
                .statusCode(200);
        JsonNode unproven = new ObjectMapper()
                .readTree(given().accept("application/ld+json")
                        .get("/claims/" + claim + "/claim-review")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertFalse(unproven.at("/reviewRating").has("ratingValue"));
        assertEquals("Unproven", unproven.at("/reviewRating/alternateName").asText());
    }

    @Test
    void storySourcingSummary() {
        String story = Api.createStory("Summary");
        String anonymousPlural = Api.createClaim(Map.of(
                "story_id",
                story,
                "statement",
                "The chief will step down.",
                "sourcing_level",
                "ANONYMOUS",
                "attribution",
                Map.of(
                        "source_description",
                        "sources in the department",
                        "source_count",
                        1,
                        "anonymity_reason",
                        "not authorised to speak",
                        "ground_rules",
                        "BACKGROUND")));
        String anonymousBare = Api.createClaim(Map.of(
                "story_id",
                story,
                "statement",
                "A deputy will act as chief.",
                "sourcing_level",
                "ANONYMOUS",
                "attribution",
                Map.of("anonymity_reason", "fears retaliation")));
        Api.createOfficialClaim(story, "The department confirmed a leadership review.");
        Api.createClaim(Map.of(
                "story_id",
                story,
                "statement",
                "The union declined to comment.",
                "sourcing_level",
                "DECLINED_TO_COMMENT"));
        Api.link(anonymousBare, Api.createReport("Example Times", "NEWS"), "CORROBORATES")
                .statusCode(201);

        given().get("/stories/" + story + "/sourcing-summary")
                .then()
                .statusCode(200)
                .body("total_claims", equalTo(4))
                .body("by_sourcing_level.find { it.sourcing_level == 'ANONYMOUS' }.claims", equalTo(2))
                .body("by_sourcing_level.find { it.sourcing_level == 'OFFICIAL' }.claims", equalTo(1))
                .body("by_sourcing_level.find { it.sourcing_level == 'DECLINED_TO_COMMENT' }.claims", equalTo(1))
                .body("by_sourcing_level.size()", equalTo(9))
                .body("anonymous_share", equalTo(0.5f))
                .body("by_verification_status.find { it.verification_status == 'CORROBORATED' }.claims", equalTo(1))
                .body("by_verification_status.find { it.verification_status == 'UNVERIFIED' }.claims", equalTo(3))
                .body("uncorroborated_anonymous_claim_ids", contains(anonymousPlural))
                .body(
                        "warnings.findAll { it.kind == 'PLURAL_SOURCES_SINGLE_COUNT' }.claim_id",
                        contains(anonymousPlural))
                .body(
                        "warnings.findAll { it.kind == 'ANONYMOUS_WITHOUT_GROUND_RULES' }.claim_id",
                        contains(anonymousBare));

        String empty = Api.createStory("Empty summary");
        given().get("/stories/" + empty + "/sourcing-summary")
                .then()
                .statusCode(200)
                .body("total_claims", equalTo(0))
                .body("anonymous_share", equalTo(0.0f));
        problem(
                given().get("/stories/00000000-0000-0000-0000-000000000000/sourcing-summary")
                        .then(),
                404);
    }
}
