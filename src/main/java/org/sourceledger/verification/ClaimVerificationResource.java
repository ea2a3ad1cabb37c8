package org.sourceledger.verification;

import static org.sourceledger.common.openapi.ApiDoc.BODY_REQUIRED;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sourceledger.security.Role;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.openapi.ApiDoc;

/** Why a claim is (or is not) corroborated, the fact-checker's verdict, and its ClaimReview export. */
@Path("/claims/{claim_id}")
@Tag(name = "Verification")
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
    @Operation(operationId = "getClaimVerification", summary = "Explain a claim's verification",
            description = "The full breakdown behind the claim's verification summary: each corroborating and "
                    + "conflicting report with the origin(s) its `derived_from` chain ends at, the independent "
                    + "sources (origins, one per outlet), any circular reporting (several corroborating reports "
                    + "repeating one origin), and a one-line explanation to paste into notes."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The breakdown.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationBreakdown.class),
                    examples = @ExampleObject(name = "wire_republished", ref = "VerificationBreakdown")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public VerificationBreakdown breakdown(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId) {
        return verification.breakdown(claimId);
    }

    @RolesAllowed(Role.VERDICTS)
    @PUT
    @Path("verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putVerdict", summary = "Record a verdict",
            description = "Records or replaces the fact-checker's verdict on the claim. The reviewer and time are "
                    + "recorded by the service. The ETag is the claim's; send it in `If-Match` to avoid overwriting "
                    + "another reviewer's verdict."
            + ApiDoc.ROLES_VERDICTS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerdictInput.class),
            examples = @ExampleObject(name = "mostly_true", ref = "VerdictInput")))
    @APIResponse(responseCode = "200", description = "The verdict as recorded.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdictResponse.class),
                    examples = @ExampleObject(name = "verdict", ref = "Verdict")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response putVerdict(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) VerdictInput body) {
        return Responses.ok(verdicts.put(claimId, body, ifMatch));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("verdict")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getVerdict", summary = "Get the verdict",
            description = "The claim's verdict; 404 when none has been recorded."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The verdict.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdictResponse.class),
                    examples = @ExampleObject(name = "verdict", ref = "Verdict")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response getVerdict(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId) {
        return Responses.ok(verdicts.get(claimId));
    }

    @RolesAllowed(Role.VERDICTS)
    @DELETE
    @Path("verdict")
    @Operation(operationId = "deleteVerdict", summary = "Withdraw the verdict",
            description = "Removes the claim's verdict; 404 when there is none."
            + ApiDoc.ROLES_VERDICTS)
    @APIResponse(responseCode = "204", description = "The verdict was removed.")
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    public Response deleteVerdict(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        verdicts.delete(claimId, ifMatch);
        return Responses.noContent();
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("claim-review")
    @Produces(LD_JSON)
    @Operation(operationId = "getClaimReview", summary = "Export the verdict as schema.org ClaimReview",
            description = "JSON-LD for search engines and fact-check aggregators. `reviewRating.ratingValue` places the "
                    + "verdict on a scale from `worstRating` 1 (FALSE) to `bestRating` 5 (TRUE): MOSTLY_FALSE 2, "
                    + "MIXED 3, MOSTLY_TRUE 4; UNPROVEN has no ratingValue, only its alternateName. `author` is the "
                    + "publishing organisation configured in `sourceledger.publisher.*`. 404 when the claim has no verdict."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The ClaimReview.",
            content = @Content(mediaType = LD_JSON, schema = @Schema(ref = "ClaimReview"),
                    examples = @ExampleObject(name = "claim_review", ref = "ClaimReview")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Map<String, Object> claimReview(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId) {
        return claimReviews.claimReview(claimId);
    }
}
