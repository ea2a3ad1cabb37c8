package org.sourceledger.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sourceledger.security.Role;
import org.sourceledger.common.openapi.ApiDoc;

@Path("/stories/{story_id}/sourcing-summary")
@Tag(name = "Stories")
@Produces(MediaType.APPLICATION_JSON)
public class SourcingSummaryResource {

    private final SourcingSummaryService summaries;

    public SourcingSummaryResource(SourcingSummaryService summaries) {
        this.summaries = summaries;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Operation(operationId = "getStorySourcingSummary", summary = "Summarise a story's sourcing",
            description = "What an editor reads before publishing: claims at each sourcing level, the share of anonymous "
                    + "claims, claims at each verification status, anonymous claims that no independent source "
                    + "corroborates, and warnings (a description that says \"sources\" with source_count 1; an "
                    + "anonymous claim without ground rules)."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The summary.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcingSummary.class),
                    examples = @ExampleObject(name = "summary", ref = "SourcingSummary")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public SourcingSummary summary(@Parameter(ref = ApiDoc.STORY_ID) @PathParam("story_id") UUID storyId) {
        return summaries.summarise(storyId);
    }
}
