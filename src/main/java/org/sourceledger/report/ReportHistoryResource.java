package org.sourceledger.report;

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

@Path("/reports/{report_id}/history")
public class ReportHistoryResource {

    private final ReportService service;

    public ReportHistoryResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.READ)
    public Page<HistoryEntry<ReportResponse>> report(
            @PathParam("report_id") UUID reportId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.history(reportId, PageRequest.of(limit, cursor));
    }
}
