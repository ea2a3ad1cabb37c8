package org.sourceledger.confidential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.security.Role;

@Path("/claims/{claim_id}/confidential-identity")
@Tag(name = "Confidential sources")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDIT)
public class ConfidentialIdentityResource {

    private final ConfidentialIdentityService service;

    public ConfidentialIdentityResource(ConfidentialIdentityService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getConfidentialIdentity", summary = "Read who an anonymous source is",
            description = "Returns the identity recorded with the claim (`confidential_identity` on create or update). "
                    + "The read is recorded, with the reader and the time, before the answer is sent; list the "
                    + "records with getConfidentialIdentityReads. The answer must not be cached." + ApiDoc.ROLES_EDIT)
    @APIResponse(responseCode = "200", description = "The identity. Handle it as the most sensitive data you hold.",
            headers = @Header(name = "Cache-Control", ref = "CacheControlNoStore"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConfidentialIdentityResponse.class),
                    examples = @ExampleObject(name = "identity", ref = "ConfidentialIdentity")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response read(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId) {
        return Response.ok(service.read(claimId)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("reads")
    @Operation(operationId = "getConfidentialIdentityReads", summary = "Who read an anonymous source's identity",
            description = "Every read of the claim's confidential identity, newest first: which key, and when. The "
                    + "records stay after the claim is deleted." + ApiDoc.ROLES_EDIT)
    @APIResponse(responseCode = "200", description = "One page of reads.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadPageDoc.class),
                    examples = @ExampleObject(name = "reads", ref = "ConfidentialIdentityReadPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Page<ConfidentialIdentityReadResponse> reads(
            @Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return service.reads(claimId, PageRequest.of(limit, cursor));
    }

    /** Documentation shape for a page of reads. */
    @Schema(name = "ConfidentialIdentityReadPage")
    public record ReadPageDoc(
            @Schema(required = true, maxItems = 200) List<ConfidentialIdentityReadResponse> items,
            @Schema(required = true, nullable = true, maxLength = 200,
                    description = "Pass as `cursor` for the next page; null on the last page.")
            String nextCursor) {
    }
}
