package org.sourceledger.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sourceledger.security.Role;
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.verification.VerificationStatus;

@Path("/stories/{story_id}/claims")
@Tag(name = "Stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryClaimsResource {

    private final ClaimService service;

    public StoryClaimsResource(ClaimService service) {
        this.service = service;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Operation(operationId = "listStoryClaims", summary = "List a story's claims",
            description = "The claims a story makes, newest first, with the same filters and paging as `GET /claims`."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of the story's claims.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimResource.ClaimPageDoc.class),
                    examples = @ExampleObject(name = "page", ref = "ClaimPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Page<ClaimResponse> list(@Parameter(ref = ApiDoc.STORY_ID) @PathParam("story_id") UUID storyId,
            @Parameter(description = "Only claims with this sourcing level.") @QueryParam("sourcing_level")
            SourcingLevel sourcingLevel,
            @Parameter(description = "Only claims with this verification status.") @QueryParam("verification_status")
            VerificationStatus verificationStatus,
            @Parameter(description = "Full-text search on the statement, at most 200 characters.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("q") String q,
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return service.listForStory(storyId, new ClaimFilter(storyId, sourcingLevel, verificationStatus, q),
                PageRequest.of(limit, cursor));
    }
}
