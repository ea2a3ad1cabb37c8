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
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.report.ReportResponse;
import org.sourceledger.security.Role;

@Path("/reports/{report_id}/history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class ReportHistoryResource {

    private final HistoryService history;

    public ReportHistoryResource(HistoryService history) {
        this.history = history;
    }

    @GET
    @RolesAllowed(Role.READ)
    @Operation(operationId = "getReportHistory", summary = "A report's change history", description = HistoryDocs.HOW
            + " Changes to `derived_from` are changes of the report." + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of the report's history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistoryDocs.ReportHistoryPageDoc.class),
                    examples = @ExampleObject(name = "created", ref = "ReportHistoryPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Page<HistoryEntry<ReportResponse>> report(
            @Parameter(ref = ApiDoc.REPORT_ID) @PathParam("report_id") UUID reportId,
            @Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return history.report(reportId, PageRequest.of(limit, cursor));
    }
}
