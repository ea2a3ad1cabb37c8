package org.sourceledger.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.sourceledger.security.Role;

/** Why a claim is (or is not) corroborated. */
@Path("/claims/{claim_id}")
public class ClaimVerificationResource {

    private final VerificationService verification;

    public ClaimVerificationResource(VerificationService verification) {
        this.verification = verification;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationBreakdown breakdown(@PathParam("claim_id") UUID claimId) {
        return verification.breakdown(claimId);
    }
}
