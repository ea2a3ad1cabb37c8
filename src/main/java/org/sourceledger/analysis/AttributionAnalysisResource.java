package org.sourceledger.analysis;

import static org.sourceledger.common.openapi.ApiDoc.BODY_REQUIRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sourceledger.idempotency.Idempotent;
import org.sourceledger.security.Role;
import org.sourceledger.common.openapi.ApiDoc;

@Path("/attribution-analyses")
@Tag(name = "Attribution analysis")
@Produces(MediaType.APPLICATION_JSON)
public class AttributionAnalysisResource {

    private final AttributionAnalysisService service;

    public AttributionAnalysisResource(AttributionAnalysisService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Idempotent
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "analyseAttribution", summary = "Suggest claims from story text",
            description = "Reads a draft and proposes one claim per attributed statement, with its sourcing level, "
                    + "source description and count, anonymity reason, named source or organisation, the sentence's "
                    + "character span and a confidence. A sentence where one party declined to comment and another "
                    + "did not respond gives two suggestions. Nothing is written unless `persist` is true, in which "
                    + "case every suggestion becomes a claim of `story_id` in one transaction (or none does: an "
                    + "anonymous suggestion without a stated reason cannot be saved)."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalysisRequest.class),
            examples = @ExampleObject(name = "draft", ref = "AttributionAnalysisRequest")))
    @APIResponse(responseCode = "200", description = "The suggestions (and, with persist, the created claims).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResult.class),
                    examples = @ExampleObject(name = "suggestions", ref = "AttributionAnalysis")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDoc.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response analyse(@Valid @NotNull(message = BODY_REQUIRED) AnalysisRequest body) {
        return Response.ok(service.analyse(body)).build();
    }
}
