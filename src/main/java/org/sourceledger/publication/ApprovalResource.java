package org.sourceledger.publication;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.security.Role;

@Path("/claims/{claim_id}/approvals")
public class ApprovalResource {

    private final ApprovalService service;

    public ApprovalResource(ApprovalService service) {
        this.service = service;
    }

    @RolesAllowed(Role.EDIT)
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(
            @PathParam("claim_id") UUID claimId, @Valid @NotNull(message = BODY_REQUIRED) ApprovalInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.approve(claimId, body))
                .build();
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ApprovalResponse> list(
            @PathParam("claim_id") UUID claimId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(claimId, PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Role.EDIT)
    @DELETE
    @Path("{approval_id}")
    public Response withdraw(@PathParam("claim_id") UUID claimId, @PathParam("approval_id") UUID approvalId) {
        service.withdraw(claimId, approvalId);
        return Responses.noContent();
    }
}
