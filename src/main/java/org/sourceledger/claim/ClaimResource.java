package org.sourceledger.claim;

import static org.sourceledger.common.openapi.ApiDoc.BODY_REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.verification.VerificationStatus;

@Path("/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimService service;

    @Context
    UriInfo uriInfo;

    public ClaimResource(ClaimService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Idempotent
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClaim", summary = "Record a claim",
            description = "Records a claim with its sourcing level and attribution. An ANONYMOUS claim must say why the "
                    + "source may not be named (attribution.anonymity_reason). Verification starts as UNVERIFIED and "
                    + "follows the claim's links."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimInput.class),
            examples = {@ExampleObject(name = "anonymous", ref = "ClaimInputAnonymous"),
                    @ExampleObject(name = "official", ref = "ClaimInputOfficial"),
                    @ExampleObject(name = "declined_to_comment", ref = "ClaimInputDeclined")}))
    @APIResponse(responseCode = "201", description = "The claim was recorded.",
            headers = {@Header(name = ApiHeaders.LOCATION, ref = "Location"), @Header(name = ApiHeaders.ETAG, ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "anonymous", ref = "Claim")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDoc.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) ClaimInput body) {
        var created = service.create(body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @RolesAllowed(Role.READ)
    @GET
    @Operation(operationId = "listClaims", summary = "List and filter claims",
            description = "Newest first, in pages of `limit`. Filters combine with AND. `q` is a full-text search on "
                    + "the statement (English stemming; quoted phrases, OR and -word work as in web search)."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of claims.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPageDoc.class),
                    examples = @ExampleObject(name = "page", ref = "ClaimPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    public Page<ClaimResponse> list(
            @Parameter(description = "Only claims of this story.") @QueryParam("story_id") UUID storyId,
            @Parameter(description = "Only claims with this sourcing level.") @QueryParam("sourcing_level")
            SourcingLevel sourcingLevel,
            @Parameter(description = "Only claims with this verification status.") @QueryParam("verification_status")
            VerificationStatus verificationStatus,
            @Parameter(description = "Full-text search on the statement, at most 200 characters.",
                    example = "drone ban", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("q") String q,
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return service.list(new ClaimFilter(storyId, sourcingLevel, verificationStatus, q), PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("{claim_id}")
    @Operation(operationId = "getClaim", summary = "Get a claim",
            description = "Returns the claim, its attribution and its verification summary, with its ETag."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The claim.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "anonymous", ref = "Claim")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response get(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId) {
        return Responses.ok(service.get(claimId));
    }

    @RolesAllowed(Role.WRITE)
    @PATCH
    @Path("{claim_id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateClaim", summary = "Update a claim",
            description = "Applies a JSON Merge Patch (RFC 7396); the result must pass every rule a new claim must. "
                    + "Send `If-Match` with the ETag you read; a stale ETag answers 412."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(ref = "ClaimPatch"),
            examples = @ExampleObject(name = "now_on_record", ref = "ClaimPatch")))
    @APIResponse(responseCode = "200", description = "The updated claim.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "anonymous", ref = "Claim")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response patch(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = BODY_REQUIRED) JsonNode body) {
        return Responses.ok(service.patch(claimId, body, ifMatch));
    }

    @RolesAllowed(Role.EDIT)
    @DELETE
    @Path("{claim_id}")
    @Operation(operationId = "deleteClaim", summary = "Delete a claim",
            description = "Deletes the claim and its links. The linked reports stay."
            + ApiDoc.ROLES_EDIT)
    @APIResponse(responseCode = "204", description = "The claim was deleted.")
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    public Response delete(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        service.delete(claimId, ifMatch);
        return Responses.noContent();
    }

    /** Documentation shape for a page of claims. */
    @Schema(name = "ClaimPage")
    public record ClaimPageDoc(
            @Schema(required = true, maxItems = 200) java.util.List<ClaimResponse> items,
            @Schema(required = true, nullable = true, maxLength = 200,
                    description = "Pass as `cursor` for the next page; null on the last page.")
            String nextCursor) {
    }
}
