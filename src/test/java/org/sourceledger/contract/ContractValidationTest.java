package org.sourceledger.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.ContractValidation;
import org.sourceledger.support.ContractValidation.ContractViolation;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * The check every API test runs (support/ContractValidation) fails both ways it should: when the service accepts a
 * request the contract rejects, and when an answer differs from what the contract documents. Each case holds the
 * real service to a contract made stricter than the real one, so the real service disagrees with it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ContractValidationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void aRequestTheContractRejectsButTheServiceAcceptsFails() throws IOException {
        var stricter = ContractValidation.against(contractWith(
                c -> ((ObjectNode) c.at("/components/schemas/StoryInput/properties/headline")).put("maxLength", 5)));
        ContractViolation violation = assertThrows(
                ContractViolation.class,
                () -> Api.json(Map.of("headline", "A headline longer than five characters"))
                        .filter(stricter)
                        .post("/stories"));
        assertTrue(
                violation.getMessage().contains("The contract rejects this request, but the service answered 201"),
                violation.getMessage());
    }

    @Test
    void anAnswerTheContractDoesNotDescribeFails() throws IOException {
        var stricter = ContractValidation.against(
                contractWith(c -> ((ArrayNode) c.at("/components/schemas/Story/required")).add("published_at")));
        ContractViolation violation = assertThrows(
                ContractViolation.class,
                () -> Api.json(Map.of("headline", "Ferry fares rise in spring"))
                        .filter(stricter)
                        .post("/stories"));
        assertTrue(violation.getMessage().contains("does not match the contract"), violation.getMessage());
    }

    private static String contractWith(Consumer<JsonNode> change) throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(ContractValidation.CONTRACT));
        change.accept(contract);
        return YAML.writeValueAsString(contract);
    }
}
