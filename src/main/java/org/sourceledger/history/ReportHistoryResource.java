package org.sourceledger.history;

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
import org.sourceledger.report.ReportResponse;
import org.sourceledger.security.Role;

@Path("/reports/{report_id}/history")
public class ReportHistoryResource {

    private final HistoryService history;

    public ReportHistoryResource(HistoryService history) {
        this.history = history;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.READ)
    public Page<HistoryEntry<ReportResponse>> report(
            @PathParam("report_id") UUID reportId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return history.report(reportId, PageRequest.of(limit, cursor));
    }
}
