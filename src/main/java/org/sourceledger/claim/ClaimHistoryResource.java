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
import org.sourceledger.history.HistoryEntry;
import org.sourceledger.security.Role;

@Path("/claims/{claim_id}/history")
public class ClaimHistoryResource {

    private final ClaimService service;

    public ClaimHistoryResource(ClaimService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.READ)
    public Page<HistoryEntry<ClaimResponse>> claim(
            @PathParam("claim_id") UUID claimId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.history(claimId, PageRequest.of(limit, cursor));
    }
}
