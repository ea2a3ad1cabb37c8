package org.sourceledger.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

/**
 * A DELETE answers 204 with no body, and its errors as application/problem+json, which is the only media type the
 * contract documents for it. A client that says so in Accept must get the real answer (404, 409, 401), not a 406.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DeleteAcceptsProblemJsonTest {

    private static final String PROBLEM = Api.PROBLEM_JSON;

    @ParameterizedTest(name = "DELETE {0}")
    @ValueSource(strings = {"/stories/%s", "/claims/%s", "/reports/%s", "/claims/%s/links/%s"})
    void anUnknownResourceIsA404Problem(String template) {
        String path = template.formatted(UUID.randomUUID(), UUID.randomUUID());
        Api.problem(given().accept(PROBLEM).delete(path).then(), 404);
    }

    @Test
    void anUnknownApiKeyIsA404ProblemForAnAdmin() {
        Api.problem(
                Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                        .accept(PROBLEM)
                        .delete("/api-keys/" + UUID.randomUUID())
                        .then(),
                404);
    }

    @Test
    void anUnknownCallerIsA401Problem() {
        Api.problem(
                        Keys.as("slk_" + UUID.randomUUID())
                                .accept(PROBLEM)
                                .delete("/stories/" + UUID.randomUUID())
                                .then(),
                        401)
                .body("type", equalTo("urn:sourceledger:problem:unauthorized"));
    }

    @Test
    void aReportInUseIsA409Problem() {
        String report = Api.createReport("Delete Accept Wire", "WIRE");
        String claim = Api.createOfficialClaim(Api.createStory("Delete with Accept"), "The pier reopens in May.");
        Api.link(claim, report, "CORROBORATES").statusCode(201);
        Api.problem(given().accept(PROBLEM).delete("/reports/" + report).then(), 409)
                .body("type", equalTo("urn:sourceledger:problem:report-in-use"));
    }

    @Test
    void aSuccessfulDeleteIs204WhateverTheAccept() {
        String story = Api.createStory("Deleted with Accept: application/problem+json");
        given().accept(PROBLEM).delete("/stories/" + story).then().statusCode(204);
    }
}
