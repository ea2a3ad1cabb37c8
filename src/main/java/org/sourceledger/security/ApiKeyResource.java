package org.sourceledger.security;

import static org.sourceledger.common.openapi.ApiDoc.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;

@Path("/api-keys")
@Tag(name = "API keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.KEYS)
public class ApiKeyResource {

    private final ApiKeyService service;

    @Context
    UriInfo uriInfo;

    public ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Issue an API key",
            description = "Generates a key with 256 random bits for the given role. The answer is the only time the "
                    + "key is shown: the service keeps only its SHA-256 hash. Changes made with the key are recorded "
                    + "in history under the key's name."
            + ApiDoc.ROLES_KEYS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyInput.class),
            examples = @ExampleObject(name = "cms_plugin", ref = "ApiKeyInput")))
    @APIResponse(responseCode = "201", description = "The key was issued; copy `key` now.",
            headers = {@Header(name = ApiHeaders.LOCATION, ref = "Location"), @Header(name = ApiHeaders.ETAG, ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyResponse.class),
                    examples = @ExampleObject(name = "issued", ref = "ApiKeyIssued")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) ApiKeyInput body) {
        var created = service.create(body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys",
            description = "Every key ever issued, revoked and expired ones included, newest first. Keys themselves "
                    + "are never shown, only their prefixes."
            + ApiDoc.ROLES_KEYS)
    @APIResponse(responseCode = "200", description = "One page of keys.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyPageDoc.class),
                    examples = @ExampleObject(name = "page", ref = "ApiKeyPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    public Page<ApiKeyResponse> list(@Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{api_key_id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key's record",
            description = "Returns the key's name, role, prefix, expiry and revocation; never the key itself."
            + ApiDoc.ROLES_KEYS)
    @APIResponse(responseCode = "200", description = "The key's record.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyResponse.class),
                    examples = @ExampleObject(name = "key", ref = "ApiKey")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response get(@Parameter(ref = ApiDoc.API_KEY_ID) @PathParam("api_key_id") UUID apiKeyId) {
        return Responses.ok(service.get(apiKeyId));
    }

    @DELETE
    @Path("{api_key_id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "The instance that answers refuses the key from then on; every other instance refuses it "
                    + "within milliseconds (they are notified through PostgreSQL). Its record stays, so history can "
                    + "still name it. Revoking a revoked key changes nothing. The last active ADMIN key cannot be "
                    + "revoked (409): issue another first."
            + ApiDoc.ROLES_KEYS)
    @APIResponse(responseCode = "204", description = "The key is revoked.")
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    public Response revoke(@Parameter(ref = ApiDoc.API_KEY_ID) @PathParam("api_key_id") UUID apiKeyId) {
        service.revoke(apiKeyId);
        return Responses.noContent();
    }

    /** Documentation shape for a page of keys. */
    @Schema(name = "ApiKeyPage")
    public record ApiKeyPageDoc(
            @Schema(required = true, maxItems = 200) List<ApiKeyResponse> items,
            @Schema(required = true, nullable = true, maxLength = 200,
                    description = "Pass as `cursor` for the next page; null on the last page.")
            String nextCursor) {
    }
}
