package org.sourceledger.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sourceledger.events.EventTypes;

/**
 * Every event type the service can emit is in the contract's x-webhooks, with a schema whose {@code type} names it
 * and an example of it, and the contract lists no type the service does not emit.
 */
class ContractEventTypesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void xWebhooksListsExactlyTheEventTypesTheServiceEmits() throws Exception {
        JsonNode contract = YAML.readTree(Files.readString(Path.of("src/main/openapi/openapi.yaml")));
        JsonNode webhooks = contract.get("x-webhooks");
        Set<String> documented = new TreeSet<>();
        webhooks.fieldNames().forEachRemaining(documented::add);
        assertEquals(new TreeSet<>(EventTypes.ALL), documented);

        for (String type : documented) {
            JsonNode content = webhooks.at(
                    "/" + type.replace("~", "~0").replace("/", "~1") + "/post/requestBody/content/application~1json");
            String schemaRef = content.at("/schema/$ref").asText();
            JsonNode schema = contract.at("/components/schemas/" + schemaRef.substring(schemaRef.lastIndexOf('/') + 1));
            Set<String> types = new TreeSet<>();
            schema.at("/properties/type/enum").forEach(t -> types.add(t.asText()));
            assertTrue(types.contains(type), type + ": its schema " + schemaRef + " does not name it");
            String exampleRef = content.at("/examples/event/$ref").asText();
            JsonNode example =
                    contract.at("/components/examples/" + exampleRef.substring(exampleRef.lastIndexOf('/') + 1));
            assertEquals(type, example.at("/value/type").asText(), type + ": its example is of another type");
        }
    }
}
