package org.sourceledger.story;

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

@Path("/stories")
@Tag(name = "Stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final StoryService service;

    @Context
    UriInfo uriInfo;

    public StoryResource(StoryService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Idempotent
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStory", summary = "Create a story",
            description = "Records a story, draft or published, so that claims can be tracked against it."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryInput.class),
            examples = @ExampleObject(name = "draft", ref = "StoryInput")))
    @APIResponse(responseCode = "201", description = "The story was created.",
            headers = {@Header(name = ApiHeaders.LOCATION, ref = "Location"),
                    @Header(name = ApiHeaders.ETAG, ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryResponse.class),
                    examples = @ExampleObject(name = "story", ref = "Story")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ApiDoc.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) StoryInput body) {
        var created = service.create(body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @RolesAllowed(Role.READ)
    @GET
    @Operation(operationId = "listStories", summary = "List stories",
            description = "Newest first, in pages. Pass `next_cursor` from one page as `cursor` to get the next; "
                    + "it is null on the last page."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of stories.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryPageDoc.class),
                    examples = @ExampleObject(name = "page", ref = "StoryPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    public Page<StoryResponse> list(
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("{story_id}")
    @Operation(operationId = "getStory", summary = "Get a story", description = "Returns the story with its ETag."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The story.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryResponse.class),
                    examples = @ExampleObject(name = "story", ref = "Story")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response get(@Parameter(ref = ApiDoc.STORY_ID) @PathParam("story_id") UUID storyId) {
        return Responses.ok(service.get(storyId));
    }

    @RolesAllowed(Role.WRITE)
    @PATCH
    @Path("{story_id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateStory", summary = "Update a story",
            description = "Applies a JSON Merge Patch (RFC 7396). Send `If-Match` with the ETag you read to avoid "
                    + "overwriting someone else's change; a stale ETag answers 412."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(ref = "StoryPatch"),
            examples = @ExampleObject(name = "publish", ref = "StoryPatch")))
    @APIResponse(responseCode = "200", description = "The updated story.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryResponse.class),
                    examples = @ExampleObject(name = "story", ref = "Story")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response patch(@Parameter(ref = ApiDoc.STORY_ID) @PathParam("story_id") UUID storyId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = BODY_REQUIRED) JsonNode body) {
        return Responses.ok(service.patch(storyId, body, ifMatch));
    }

    @RolesAllowed(Role.EDIT)
    @DELETE
    @Path("{story_id}")
    @Operation(operationId = "deleteStory", summary = "Delete a story",
            description = "Deletes a story that has no claims. A story with claims answers 409."
            + ApiDoc.ROLES_EDIT)
    @APIResponse(responseCode = "204", description = "The story was deleted.")
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    public Response delete(@Parameter(ref = ApiDoc.STORY_ID) @PathParam("story_id") UUID storyId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        service.delete(storyId, ifMatch);
        return Responses.noContent();
    }

    /** Documentation shape for a page of stories (generic records do not name well in OpenAPI). */
    @Schema(name = "StoryPage")
    public record StoryPageDoc(
            @Schema(required = true, maxItems = 200) java.util.List<StoryResponse> items,
            @Schema(required = true, nullable = true, maxLength = 200,
                    description = "Pass as `cursor` for the next page; null on the last page.")
            String nextCursor) {
    }
}
