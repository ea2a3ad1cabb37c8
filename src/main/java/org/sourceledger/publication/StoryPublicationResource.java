package org.sourceledger.publication;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.security.Role;

@Path("/stories/{story_id}")
public class StoryPublicationResource {

    private final PublicationService service;

    public StoryPublicationResource(PublicationService service) {
        this.service = service;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("policy-evaluation")
    public Evaluation evaluate(@PathParam("story_id") UUID storyId) {
        return service.evaluate(storyId);
    }

    @RolesAllowed(Role.EDIT)
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("publication-overrides")
    public Response override(
            @PathParam("story_id") UUID storyId, @Valid @NotNull(message = BODY_REQUIRED) OverrideInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.override(storyId, body))
                .build();
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("publication-overrides")
    public Page<OverrideResponse> overrides(
            @PathParam("story_id") UUID storyId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.overrides(storyId, PageRequest.of(limit, cursor));
    }
}
