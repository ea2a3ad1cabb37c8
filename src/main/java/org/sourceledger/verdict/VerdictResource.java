package org.sourceledger.verdict;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;
import org.sourceledger.security.Role;

/** The fact-checker's verdict on a claim. */
@Path("/claims/{claim_id}")
public class VerdictResource {

    private final VerdictService verdicts;

    public VerdictResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @RolesAllowed(Role.VERDICTS)
    @PUT
    @Path("verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response putVerdict(
            @PathParam("claim_id") UUID claimId,
            @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) VerdictInput body) {
        return Responses.ok(verdicts.put(claimId, body, ifMatch));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("verdict")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getVerdict(@PathParam("claim_id") UUID claimId) {
        return Responses.ok(verdicts.get(claimId));
    }

    @RolesAllowed(Role.VERDICTS)
    @DELETE
    @Path("verdict")
    public Response deleteVerdict(
            @PathParam("claim_id") UUID claimId, @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        verdicts.delete(claimId, ifMatch);
        return Responses.noContent();
    }
}
