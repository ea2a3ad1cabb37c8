package org.sourceledger.claim;

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
import org.sourceledger.security.Role;
import org.sourceledger.verification.VerificationStatus;

@Path("/stories/{story_id}/claims")
public class StoryClaimsResource {

    private final ClaimService service;

    public StoryClaimsResource(ClaimService service) {
        this.service = service;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ClaimResponse> list(
            @PathParam("story_id") UUID storyId,
            @QueryParam("sourcing_level") SourcingLevel sourcingLevel,
            @QueryParam("verification_status") VerificationStatus verificationStatus,
            @QueryParam("q") String q,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.listForStory(
                storyId, new ClaimFilter(storyId, sourcingLevel, verificationStatus, q), PageRequest.of(limit, cursor));
    }
}
