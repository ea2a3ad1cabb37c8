package org.sourceledger.story;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

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
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.idempotency.Idempotent;
import org.sourceledger.security.Role;

@Path("/stories")
public class StoryResource {

    private final StoryService service;

    @Context
    UriInfo uriInfo;

    public StoryResource(StoryService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) StoryInput body) {
        var created = service.create(body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<StoryResponse> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{story_id}")
    public Response get(@PathParam("story_id") UUID storyId) {
        return Responses.ok(service.get(storyId));
    }

    @RolesAllowed(Role.WRITE)
    @PATCH
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{story_id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(
            @PathParam("story_id") UUID storyId,
            @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = BODY_REQUIRED) JsonNode body) {
        return Responses.ok(service.patch(storyId, body, ifMatch));
    }

    @RolesAllowed(Role.EDIT)
    @DELETE
    @Path("{story_id}")
    public Response delete(@PathParam("story_id") UUID storyId, @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        service.delete(storyId, ifMatch);
        return Responses.noContent();
    }
}
