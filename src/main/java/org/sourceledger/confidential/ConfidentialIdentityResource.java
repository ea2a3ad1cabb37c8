package org.sourceledger.confidential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

@Path("/claims/{claim_id}/confidential-identity")
@RolesAllowed(Role.EDIT)
public class ConfidentialIdentityResource {

    private final ConfidentialIdentityService service;

    public ConfidentialIdentityResource(ConfidentialIdentityService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("claim_id") UUID claimId) {
        return Response.ok(service.read(claimId))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("reads")
    public Page<ConfidentialIdentityReadResponse> reads(
            @PathParam("claim_id") UUID claimId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.reads(claimId, PageRequest.of(limit, cursor));
    }
}
