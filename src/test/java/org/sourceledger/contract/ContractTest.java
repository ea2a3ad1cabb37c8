package org.sourceledger.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.ContractValidation;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * Contract-first: the hand-edited contract (src/main/openapi/openapi.yaml) is the API's source, and the service
 * serves exactly that document, in YAML and in JSON. Nothing is generated from Java and nothing is added to it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servedYamlEqualsTheHandEditedContract() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertSame(YAML.readTree(Files.readString(ContractValidation.CONTRACT)), YAML.readTree(served));
    }

    @Test
    void servedJsonEqualsTheHandEditedContract() throws IOException {
        String served = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertSame(YAML.readTree(Files.readString(ContractValidation.CONTRACT)), JSON.readTree(served));
    }

    @Test
    void theContractIsOpenApi303() throws IOException {
        assertEquals(
                "3.0.3",
                YAML.readTree(Files.readString(ContractValidation.CONTRACT))
                        .get("openapi")
                        .asText());
    }

    private static void assertSame(JsonNode expected, JsonNode actual) {
        if (!expected.equals(actual)) {
            fail("The OpenAPI document the service serves differs from the hand-edited contract "
                    + ContractValidation.CONTRACT + ". Differences start at: " + firstDifference(expected, actual, "")
                    + "\nThe service must serve the file as it is: check the quarkus.smallrye-openapi settings "
                    + "and the pom's resource copy of the contract.");
        }
    }

    private static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject() && actual.isObject()) {
            var names = new java.util.TreeSet<String>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode e = expected.get(name);
                JsonNode a = actual.get(name);
                if (e == null || a == null) {
                    return path + "/" + name
                            + (e == null ? " (only in the served document)" : " (only in the contract)");
                }
                if (!e.equals(a)) {
                    return firstDifference(e, a, path + "/" + name);
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(expected.get(i), actual.get(i), path + "/" + i);
                }
            }
        }
        return (path.isEmpty() ? "/" : path) + ": contract " + expected + ", served " + actual;
    }
}
