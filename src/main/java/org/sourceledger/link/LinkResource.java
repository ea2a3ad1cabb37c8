package org.sourceledger.link;

import static org.sourceledger.common.openapi.ApiDoc.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.sourceledger.idempotency.Idempotent;
import org.sourceledger.security.Role;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;

@Path("/claims/{claim_id}/links")
@Tag(name = "Links")
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

    private final LinkService service;

    @Context
    UriInfo uriInfo;

    public LinkResource(LinkService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Idempotent
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addLink", summary = "Link a claim to a report",
            description = "Records that a report corroborates or contradicts the claim, and updates the claim's "
                    + "verification in the same transaction. A claim links to a given report once; a second link "
                    + "answers 409."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LinkInput.class),
            examples = {@ExampleObject(name = "corroborates", ref = "LinkInputCorroborates"),
                    @ExampleObject(name = "conflicts", ref = "LinkInputConflicts")}))
    @APIResponse(responseCode = "201", description = "The link was recorded.",
            headers = {@Header(name = ApiHeaders.LOCATION, ref = "Location"), @Header(name = ApiHeaders.ETAG, ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkResponse.class),
                    examples = @ExampleObject(name = "link", ref = "Link")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDoc.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response add(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Valid @NotNull(message = BODY_REQUIRED) LinkInput body) {
        var created = service.add(claimId, body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @RolesAllowed(Role.READ)
    @GET
    @Operation(operationId = "listLinks", summary = "List a claim's links", description = "Newest first, in pages."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of links.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkPageDoc.class),
                    examples = @ExampleObject(name = "page", ref = "LinkPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Page<LinkResponse> list(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return service.list(claimId, PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("{link_id}")
    @Operation(operationId = "getLink", summary = "Get a link", description = "Returns one of the claim's links."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The link.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkResponse.class),
                    examples = @ExampleObject(name = "link", ref = "Link")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response get(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.LINK_ID) @PathParam("link_id") UUID linkId) {
        return Responses.ok(service.get(claimId, linkId));
    }

    @RolesAllowed(Role.EDIT)
    @DELETE
    @Path("{link_id}")
    @Operation(operationId = "removeLink", summary = "Remove a link",
            description = "Removes the link and updates the claim's verification in the same transaction."
            + ApiDoc.ROLES_EDIT)
    @APIResponse(responseCode = "204", description = "The link was removed.")
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    public Response remove(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.LINK_ID) @PathParam("link_id") UUID linkId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        service.remove(claimId, linkId, ifMatch);
        return Responses.noContent();
    }

    /** Documentation shape for a page of links. */
    @Schema(name = "LinkPage")
    public record LinkPageDoc(
            @Schema(required = true, maxItems = 200) List<LinkResponse> items,
            @Schema(required = true, nullable = true, maxLength = 200,
                    description = "Pass as `cursor` for the next page; null on the last page.")
            String nextCursor) {
    }
}
