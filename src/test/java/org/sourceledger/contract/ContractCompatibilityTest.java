package org.sourceledger.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (which ContractTest proves equal to what the service serves) must stay backward
 * compatible with the released baseline, src/main/openapi/baseline.yaml, until the major version changes.
 */
class ContractCompatibilityTest {

    static final Path BASELINE = Path.of("src/main/openapi/baseline.yaml");
    static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void contractIsBackwardCompatibleWithTheReleasedBaseline() throws IOException {
        String baseline = Files.readString(BASELINE);
        String contract = Files.readString(CONTRACT);
        if (!major(baseline).equals(major(contract))) {
            return; // A new major version may break; its first release becomes the new baseline.
        }
        ContractCompatibility.Verdict verdict = ContractCompatibility.check(baseline, contract);
        if (verdict.breaking()) {
            fail("The API contract breaks clients built against the released baseline " + BASELINE + ".\n"
                    + "Make the change backward compatible (add, never remove or narrow), or release a new major version "
                    + "(bump info.version's major number).\n\n" + verdict.report());
        }
    }

    @Test
    void removingAPathIsBreaking() throws IOException {
        assertBreaking(root -> ((ObjectNode) root.get("paths")).remove("/claims/{claim_id}/links/{link_id}"));
    }

    @Test
    void removingAResponsePropertyIsBreaking() throws IOException {
        assertBreaking(root -> ((ObjectNode) root.at("/components/schemas/Claim/properties")).remove("statement"));
    }

    @Test
    void aNewRequiredRequestPropertyIsBreaking() throws IOException {
        assertBreaking(root -> {
            ObjectNode input = (ObjectNode) root.at("/components/schemas/LinkInput");
            ((ObjectNode) input.get("properties")).putObject("reviewer").put("type", "string");
            ((ArrayNode) input.get("required")).add("reviewer");
        });
    }

    @Test
    void narrowingAnEnumIsBreaking() throws IOException {
        assertBreaking(root -> {
            ArrayNode levels = (ArrayNode) root.at("/components/schemas/SourcingLevel/enum");
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).asText().equals("DECLINED_TO_COMMENT")) {
                    levels.remove(i);
                }
            }
        });
    }

    @Test
    void changingATypeIsBreaking() throws IOException {
        assertBreaking(root ->
                ((ObjectNode) root.at("/components/schemas/ClaimInput/properties/statement")).put("type", "integer"));
    }

    @Test
    void addingAnOptionalResponsePropertyIsNot() throws IOException {
        String baseline = Files.readString(BASELINE);
        JsonNode root = YAML.readTree(baseline);
        ((ObjectNode) root.at("/components/schemas/Claim/properties"))
                .putObject("language")
                .put("type", "string");
        assertFalse(ContractCompatibility.check(baseline, YAML.writeValueAsString(root))
                .breaking());
    }

    private static void assertBreaking(Consumer<JsonNode> change) throws IOException {
        String baseline = Files.readString(BASELINE);
        JsonNode root = YAML.readTree(baseline);
        change.accept(root);
        ContractCompatibility.Verdict verdict = ContractCompatibility.check(baseline, YAML.writeValueAsString(root));
        assertTrue(verdict.breaking(), "expected a breaking change, openapi-diff said:\n" + verdict.report());
    }

    private static String major(String spec) throws IOException {
        return YAML.readTree(spec).at("/info/version").asText().split("\\.")[0];
    }
}
