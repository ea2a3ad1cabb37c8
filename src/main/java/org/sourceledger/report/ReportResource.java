package org.sourceledger.report;

import static org.sourceledger.common.openapi.ApiDoc.BODY_REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.sourceledger.idempotency.Idempotent;
import org.sourceledger.security.Role;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.openapi.ApiDoc;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;

@Path("/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;

    @Context
    UriInfo uriInfo;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @RolesAllowed(Role.WRITE)
    @POST
    @Idempotent
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReport", summary = "Record a report",
            description = "Records a piece of evidence. The URL is normalised (lower-case host, no fragment, no tracking "
                    + "parameters) and must be unique: a second report with the same normalised URL answers 409. "
                    + "`derived_from` lists the reports this one cites or republishes."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportInput.class),
            examples = {@ExampleObject(name = "wire", ref = "ReportInputWire"),
                    @ExampleObject(name = "republished", ref = "ReportInputRepublished")}))
    @APIResponse(responseCode = "201", description = "The report was recorded.",
            headers = {@Header(name = ApiHeaders.LOCATION, ref = "Location"), @Header(name = ApiHeaders.ETAG, ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", ref = "Report")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDoc.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) ReportInput body) {
        var created = service.create(body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @RolesAllowed(Role.READ)
    @GET
    @Operation(operationId = "listReports", summary = "List reports", description = "Newest first, in pages."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of reports.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPageDoc.class),
                    examples = @ExampleObject(name = "page", ref = "ReportPage")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    public Page<ReportResponse> list(@Parameter(ref = ApiDoc.LIMIT) @QueryParam("limit") Integer limit,
            @Parameter(ref = ApiDoc.CURSOR) @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Role.READ)
    @GET
    @Path("{report_id}")
    @Operation(operationId = "getReport", summary = "Get a report", description = "Returns the report with its ETag."
            + ApiDoc.ROLES_READ)
    @APIResponse(responseCode = "200", description = "The report.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", ref = "Report")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    public Response get(@Parameter(ref = ApiDoc.REPORT_ID) @PathParam("report_id") UUID reportId) {
        return Responses.ok(service.get(reportId));
    }

    @RolesAllowed(Role.WRITE)
    @PATCH
    @Path("{report_id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateReport", summary = "Update a report",
            description = "Applies a JSON Merge Patch (RFC 7396). A `derived_from` that would make the report one of "
                    + "its own sources answers 409. Send `If-Match` with the ETag you read; a stale ETag answers 412."
            + ApiDoc.ROLES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(ref = "ReportPatch"),
            examples = @ExampleObject(name = "add_source", ref = "ReportPatch")))
    @APIResponse(responseCode = "200", description = "The updated report.",
            headers = @Header(name = ApiHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", ref = "Report")))
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
    public Response patch(@Parameter(ref = ApiDoc.REPORT_ID) @PathParam("report_id") UUID reportId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = BODY_REQUIRED) JsonNode body) {
        return Responses.ok(service.patch(reportId, body, ifMatch));
    }

    @RolesAllowed(Role.EDIT)
    @DELETE
    @Path("{report_id}")
    @Operation(operationId = "deleteReport", summary = "Delete a report",
            description = "Deletes a report that no claim links to and no other report derives from; otherwise 409."
            + ApiDoc.ROLES_EDIT)
    @APIResponse(responseCode = "204", description = "The report was deleted.")
    @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
    public Response delete(@Parameter(ref = ApiDoc.REPORT_ID) @PathParam("report_id") UUID reportId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        service.delete(reportId, ifMatch);
        return Responses.noContent();
    }

    /** Documentation shape for a page of reports. */
    @Schema(name = "ReportPage")
    public record ReportPageDoc(
            @Schema(required = true, maxItems = 200) List<ReportResponse> items,
            @Schema(required = true, nullable = true, maxLength = 200,
                    description = "Pass as `cursor` for the next page; null on the last page.")
            String nextCursor) {
    }
}
