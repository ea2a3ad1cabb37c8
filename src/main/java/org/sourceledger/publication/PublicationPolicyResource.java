package org.sourceledger.publication;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sourceledger.security.Role;

@Path("/publication-policies")
public class PublicationPolicyResource {

    /** Lists of policies are short (one entry per desk); they are not paginated. */
    public record PolicyList(List<PolicyResponse> items) {}

    private final PolicyService service;

    public PublicationPolicyResource(PolicyService service) {
        this.service = service;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PolicyList list() {
        return new PolicyList(service.list());
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{desk}")
    public PolicyResponse get(@PathParam("desk") String desk, @QueryParam("version") Integer version) {
        return service.get(desk, version);
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{desk}/versions")
    public PolicyList versions(@PathParam("desk") String desk) {
        return new PolicyList(service.versions(desk));
    }

    @RolesAllowed(Role.EDIT)
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{desk}")
    public PolicyResponse put(
            @PathParam("desk") String desk, @Valid @NotNull(message = BODY_REQUIRED) PolicyInput body) {
        return service.put(desk, body);
    }
}
