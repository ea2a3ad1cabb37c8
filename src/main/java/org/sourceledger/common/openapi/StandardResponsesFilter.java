package org.sourceledger.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Adds the responses every API operation can give (406, 500, 503) in one place, instead of on each method.
 * Operation-specific errors stay on the resource methods, where a reader looks for them.
 */
public class StandardResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(StandardResponsesFilter::addStandardResponses);
        }
    }

    private static void addStandardResponses(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
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
