package org.sourceledger.contract;

import static io.restassured.RestAssured.given;
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
 * The committed contract (src/main/openapi/openapi.yaml) is exactly what the service serves.
 * Regenerate it after an intended API change with:
 *   ./mvnw test -Dtest=ContractTest -Dcontract.update=true
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ContractTest {

    static final String REGENERATE = "./mvnw test -Dtest=ContractTest -Dcontract.update=true";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentEqualsTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(ContractValidation.CONTRACT, served);
            return;
        }
        String committed = Files.readString(ContractValidation.CONTRACT);
        JsonNode expected = YAML.readTree(committed);
        JsonNode actual = YAML.readTree(served);
        if (!expected.equals(actual)) {
            ContractCompatibility.Verdict verdict = ContractCompatibility.check(committed, served);
            fail("The OpenAPI document the service serves differs from the committed contract "
                    + ContractValidation.CONTRACT + ". Differences start at: " + firstDifference(expected, actual, "")
                    + "\n" + (verdict.breaking()
                            ? "The change is BREAKING for clients of the committed contract (openapi-diff):\n" + verdict.report()
                            : "openapi-diff finds it backward compatible.")
                    + "\nIf the API change is intended, regenerate the contract with\n  " + REGENERATE
                    + "\nthen review and commit the diff.");
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
                    return path + "/" + name + (e == null ? " (only in the served document)" : " (only in the contract)");
                }
                if (!e.equals(a)) {
                    return firstDifference(e, a, path + "/" + name);
                }
            }
        }
        return path.isEmpty() ? "/" : path;
    }
}
