package org.sourceledger.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.sourceledger.story.StoryResponse;

@Path("/stories/{story_id}/history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class StoryHistoryResource {

    private final HistoryService history;

    public StoryHistoryResource(HistoryService history) {
        this.history = history;
    }

    @GET
    @RolesAllowed(Role.READ)
    @Operation(operationId = "getStoryHistory", summary = "A story's change history", description = HistoryDocs.HOW
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of the story's history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistoryDocs.StoryHistoryPageDoc.class),
                    examples = @ExampleObject(name = "published", ref = "StoryHistoryPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Page<HistoryEntry<StoryResponse>> story(@Parameter(ref = ApiDoc.STORY_ID) @PathParam("story_id") UUID storyId,
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return history.story(storyId, PageRequest.of(limit, cursor));
    }
}
