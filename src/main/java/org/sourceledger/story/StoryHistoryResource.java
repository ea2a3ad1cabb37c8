package org.sourceledger.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.history.HistoryEntry;
import org.sourceledger.security.Role;

@Path("/stories/{story_id}/history")
public class StoryHistoryResource {

    private final StoryService service;

    public StoryHistoryResource(StoryService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.READ)
    public Page<HistoryEntry<StoryResponse>> story(
            @PathParam("story_id") UUID storyId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.history(storyId, PageRequest.of(limit, cursor));
    }
}
