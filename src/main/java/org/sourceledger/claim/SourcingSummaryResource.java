package org.sourceledger.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.sourceledger.security.Role;

@Path("/stories/{story_id}/sourcing-summary")
public class SourcingSummaryResource {

    private final SourcingSummaryService summaries;

    public SourcingSummaryResource(SourcingSummaryService summaries) {
        this.summaries = summaries;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SourcingSummary summary(@PathParam("story_id") UUID storyId) {
        return summaries.summarise(storyId);
    }
}
