package org.sourceledger.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Small helpers shared by the API tests: JSON requests and ready-made resources. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private Api() {}

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification json(Object body) {
        return json().body(body);
    }

    public static String createStory(String headline) {
        return json(Map.of("headline", headline))
                .post("/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String createClaim(Map<String, Object> body) {
        return json(body).post("/claims").then().statusCode(201).extract().path("id");
    }

    public static String createOfficialClaim(String storyId, String statement) {
        return createClaim(Map.of(
                "story_id",
                storyId,
                "statement",
                statement,
                "sourcing_level",
                "OFFICIAL",
                "attribution",
                Map.of("source_organization", "City Council")));
    }

    public static String createReport(String outlet, String kind) {
        return createReport(outlet, kind, java.util.List.of());
    }

    public static String createReport(String outlet, String kind, java.util.List<String> derivedFrom) {
        String host = outlet.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String url = "https://" + host + ".example/" + UUID.randomUUID();
        return json(Map.of(
                        "url",
                        url,
                        "title",
                        "Report from " + outlet,
                        "outlet",
                        outlet,
                        "kind",
                        kind,
                        "derived_from",
                        derivedFrom))
                .post("/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static ValidatableResponse link(String claimId, String reportId, String relation) {
        return json(Map.of("report_id", reportId, "relation", relation))
                .post("/claims/" + claimId + "/links")
                .then();
    }

    /** The value as JSON text. */
    public static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts a problem+json answer with the given status; returns it for further checks. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("type", org.hamcrest.Matchers.startsWith("urn:sourceledger:problem:"))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
