package org.sourceledger.common.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Conventions applied to the whole generated contract, in one place:
 * <ul>
 * <li>the responses every operation can give (401, 403, 406, 500, 503), instead of repeating them on each method;
 * every operation needs an API key, and SmallRye's own 401/403 entries (added for {@code @RolesAllowed}) have no
 * body, so they are replaced by the problem responses;</li>
 * <li>a property that refers to another schema is only that reference: SmallRye adds a {@code type} beside
 * {@code allOf: [$ref]} when the property has a description, which restates (and weakens) the referenced schema;</li>
 * <li>UUID strings, wherever they are inlined, are exactly 36 characters.</li>
 * </ul>
 */
public class ContractConventionsFilter implements OASFilter {

    private static final int UUID_LENGTH = 36;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(ContractConventionsFilter::addStandardResponses);
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> allOf = schema.getAllOf();
        boolean onlyAReference = schema.getRef() != null
                || (allOf != null && allOf.size() == 1 && allOf.get(0).getRef() != null);
        if (onlyAReference && schema.getType() != null) {
            schema.setType(null);
            schema.setExample(null);
        }
        if ("uuid".equals(schema.getFormat()) && schema.getMaxLength() == null) {
            // UUIDs inlined as array items: the canonical form is always 36 characters.
            schema.setMinLength(UUID_LENGTH);
            schema.setMaxLength(UUID_LENGTH);
        }
        return schema;
    }

    private static void addStandardResponses(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().addAPIResponse("401",
                OASFactory.createAPIResponse().ref("#/components/responses/Unauthorized"));
        operation.getResponses().addAPIResponse("403",
                OASFactory.createAPIResponse().ref("#/components/responses/Forbidden"));
        addRef(operation, "406", "NotAcceptable");
        addRef(operation, "500", "InternalError");
        addRef(operation, "503", "ServiceUnavailable");
    }

    private static void addRef(Operation operation, String status, String component) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }
}
