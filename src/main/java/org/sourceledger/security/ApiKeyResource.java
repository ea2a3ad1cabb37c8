package org.sourceledger.security;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;

@Path("/api-keys")
@RolesAllowed(Role.KEYS)
public class ApiKeyResource {

    private final ApiKeyService service;

    @Context
    UriInfo uriInfo;

    public ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) ApiKeyInput body) {
        var created = service.create(body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ApiKeyResponse> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{api_key_id}")
    public Response get(@PathParam("api_key_id") UUID apiKeyId) {
        return Responses.ok(service.get(apiKeyId));
    }

    @DELETE
    @Path("{api_key_id}")
    public Response revoke(@PathParam("api_key_id") UUID apiKeyId) {
        service.revoke(apiKeyId);
        return Responses.noContent();
    }
}
