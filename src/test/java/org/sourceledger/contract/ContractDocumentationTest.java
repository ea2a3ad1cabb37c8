package org.sourceledger.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation in the committed contract is usable from Swagger UI and by client generators alone: it has an
 * operationId, summary, description and tags, an example for every request and response body, and its errors.
 */
class ContractDocumentationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyOperationIsFullyDocumented() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(Path.of("src/main/openapi/openapi.yaml")));
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                for (String field : new String[] {"operationId", "summary", "description", "tags"}) {
                    if (!operation.hasNonNull(field)) {
                        gaps.add(where + ": no " + field);
                    }
                }
                if (operation.has("requestBody")) {
                    checkExamples(operation.get("requestBody").get("content"), where + " request", gaps);
                }
                boolean documentsAnError = false;
                for (Map.Entry<String, JsonNode> response :
                        operation.get("responses").properties()) {
                    documentsAnError |= response.getKey().startsWith("4");
                    JsonNode resolved = resolve(contract, response.getValue());
                    if (resolved.has("content")) {
                        checkExamples(resolved.get("content"), where + " " + response.getKey(), gaps);
                    }
                }
                if (!documentsAnError) {
                    gaps.add(where + ": documents no 4xx response");
                }
            }
        }
        assertEquals(List.of(), gaps);
    }

    private static void checkExamples(JsonNode content, String where, List<String> gaps) {
        for (Map.Entry<String, JsonNode> mediaType : content.properties()) {
            if (!mediaType.getValue().has("example") && !mediaType.getValue().has("examples")) {
                gaps.add(where + " " + mediaType.getKey() + ": no example");
            }
        }
    }

    private static JsonNode resolve(JsonNode contract, JsonNode response) {
        if (!response.has("$ref")) {
            return response;
        }
        String name = response.get("$ref").asText().substring("#/components/responses/".length());
        return contract.at("/components/responses/" + name);
    }
}
