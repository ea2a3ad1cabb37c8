package org.sourceledger.claimreview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.UUID;
import org.sourceledger.security.Role;

/** A claim's verdict as schema.org ClaimReview JSON-LD, for search engines and fact-check aggregators. */
@Path("/claims/{claim_id}")
public class ClaimReviewResource {

    public static final String LD_JSON = "application/ld+json";

    private final ClaimReviewService claimReviews;

    public ClaimReviewResource(ClaimReviewService claimReviews) {
        this.claimReviews = claimReviews;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("claim-review")
    @Produces(LD_JSON)
    public Map<String, Object> claimReview(@PathParam("claim_id") UUID claimId) {
        return claimReviews.claimReview(claimId);
    }
}
