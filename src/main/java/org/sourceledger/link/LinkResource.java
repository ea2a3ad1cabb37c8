package org.sourceledger.link;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.idempotency.Idempotent;
import org.sourceledger.security.Role;

@Path("/claims/{claim_id}/links")
public class LinkResource {

    private final LinkService service;

    @Context
    UriInfo uriInfo;

    public LinkResource(LinkService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("claim_id") UUID claimId, @Valid @NotNull(message = BODY_REQUIRED) LinkInput body) {
        var created = service.add(claimId, body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<LinkResponse> list(
            @PathParam("claim_id") UUID claimId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(claimId, PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{link_id}")
    public Response get(@PathParam("claim_id") UUID claimId, @PathParam("link_id") UUID linkId) {
        return Responses.ok(service.get(claimId, linkId));
    }

    @RolesAllowed(Role.EDIT)
    @DELETE
    @Path("{link_id}")
    public Response remove(
            @PathParam("claim_id") UUID claimId,
            @PathParam("link_id") UUID linkId,
            @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        service.remove(claimId, linkId, ifMatch);
        return Responses.noContent();
    }
}
