package org.sourceledger.analysis;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sourceledger.idempotency.Idempotent;
import org.sourceledger.security.Role;

@Path("/attribution-analyses")
public class AttributionAnalysisResource {

    private final AttributionAnalysisService service;

    public AttributionAnalysisResource(AttributionAnalysisService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    public Response analyse(@Valid @NotNull(message = BODY_REQUIRED) AnalysisRequest body) {
        return Response.ok(service.analyse(body)).build();
    }
}
