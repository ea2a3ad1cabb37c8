package org.sourceledger.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import org.sourceledger.common.RequestValidation;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;

/**
 * JSON Merge Patch (RFC 7396) over a write shape: the current fields are turned into JSON, the patch is merged in,
 * and the result is read back through the same strict mapper a POST uses, so both get the same errors.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final RequestValidation validation;

    public MergePatch(ObjectMapper mapper, RequestValidation validation) {
        this.mapper = mapper;
        this.validation = validation;
    }

    /** Applies the patch and checks the result with the same Bean Validation rules a create uses. */
    public <T> T applyValidated(T current, JsonNode patch, Class<T> type) {
        return validation.validate(apply(current, patch, type));
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "A merge patch must be a JSON object naming the fields to change.");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        try {
            return mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            // Same translation as a POST body: ProblemMappers turns it into a pointer-carrying problem.
            throw new PatchReadException(e);
        }
    }

    public static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** Carries a Jackson failure out of the patch step unchanged, for the shared JSON problem mapping. */
    public static final class PatchReadException extends RuntimeException {
        public PatchReadException(JsonProcessingException cause) {
            super(cause);
        }
    }
}
