package org.sourceledger.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sourceledger.claim.ClaimResponse;
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.security.Role;

@Path("/claims/{claim_id}/history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimHistoryResource {

    private final HistoryService history;

    public ClaimHistoryResource(HistoryService history) {
        this.history = history;
    }

    @GET
    @RolesAllowed(Role.READ)
    @Operation(operationId = "getClaimHistory", summary = "A claim's change history",
            description = HistoryDocs.HOW + " Verdicts, and verification figures moved by link changes, are changes of the claim."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of the claim's history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistoryDocs.ClaimHistoryPageDoc.class),
                    examples = @ExampleObject(name = "edited", ref = "ClaimHistoryPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Page<HistoryEntry<ClaimResponse>> claim(@Parameter(ref = ApiDoc.CLAIM_ID) @PathParam("claim_id") UUID claimId,
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return history.claim(claimId, PageRequest.of(limit, cursor));
    }
}
