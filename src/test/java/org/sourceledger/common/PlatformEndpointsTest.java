package org.sourceledger.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.EmbeddedPostgresResource;

/** Health, metrics, the contract and Swagger UI are reachable where docs/operations.md says. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PlatformEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/stories").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void openApiIs303AndDocumentsEveryOperation() {
        var doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", equalTo("3.0.3"))
                .body("paths.'/claims'.post.operationId", equalTo("createClaim"))
                .body("paths.'/claims'.post.responses.'400'", notNullValue())
                .body("components.schemas.ClaimInput.properties.sourcing_level", notNullValue())
                .body("components.schemas.Attribution.properties.anonymity_reason", notNullValue())
                .extract()
                .jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (method.equals("parameters")) {
                return;
            }
            for (String key : new String[] {"operationId", "summary", "description", "tags", "responses"}) {
                org.junit.jupiter.api.Assertions.assertNotNull(
                        operation.get(key), method + " " + path + " lacks " + key);
            }
        }));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
