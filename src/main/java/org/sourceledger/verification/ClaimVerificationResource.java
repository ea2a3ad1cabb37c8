package org.sourceledger.verification;

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
import java.util.Map;
import java.util.UUID;
import org.sourceledger.security.Role;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;

/** Why a claim is (or is not) corroborated, the fact-checker's verdict, and its ClaimReview export. */
@Path("/claims/{claim_id}")
public class ClaimVerificationResource {

    public static final String LD_JSON = "application/ld+json";

    private final VerificationService verification;
    private final VerdictService verdicts;
    private final ClaimReviewService claimReviews;

    public ClaimVerificationResource(VerificationService verification, VerdictService verdicts,
            ClaimReviewService claimReviews) {
        this.verification = verification;
        this.verdicts = verdicts;
        this.claimReviews = claimReviews;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationBreakdown breakdown(@PathParam("claim_id") UUID claimId) {
        return verification.breakdown(claimId);
    }

    @RolesAllowed(Role.VERDICTS)
    @PUT
    @Path("verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response putVerdict(@PathParam("claim_id") UUID claimId,
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
    public Response deleteVerdict(@PathParam("claim_id") UUID claimId,
            @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        verdicts.delete(claimId, ifMatch);
        return Responses.noContent();
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("claim-review")
    @Produces(LD_JSON)
    public Map<String, Object> claimReview(@PathParam("claim_id") UUID claimId) {
        return claimReviews.claimReview(claimId);
    }
}
