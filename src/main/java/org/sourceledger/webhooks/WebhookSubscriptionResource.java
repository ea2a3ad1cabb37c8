package org.sourceledger.webhooks;

import static org.sourceledger.common.RequestValidation.BODY_REQUIRED;

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
import java.util.UUID;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.http.Responses;
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.security.Role;

@Path("/webhook-subscriptions")
@RolesAllowed(Role.KEYS)
public class WebhookSubscriptionResource {

    private final WebhookService service;

    @Context
    UriInfo uriInfo;

    public WebhookSubscriptionResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) WebhookSubscriptionInput body) {
        var created = service.create(body);
        return Responses.created(uriInfo, created.body().id(), created);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<WebhookSubscriptionResponse> list(
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscription_id}")
    public Response get(@PathParam("subscription_id") UUID subscriptionId) {
        return Responses.ok(service.get(subscriptionId));
    }

    @PATCH
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscription_id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(
            @PathParam("subscription_id") UUID subscriptionId,
            @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = BODY_REQUIRED) JsonNode body) {
        return Responses.ok(service.patch(subscriptionId, body, ifMatch));
    }

    @DELETE
    @Path("{subscription_id}")
    public Response delete(
            @PathParam("subscription_id") UUID subscriptionId, @HeaderParam(ApiHeaders.IF_MATCH) String ifMatch) {
        service.delete(subscriptionId, ifMatch);
        return Responses.noContent();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscription_id}/rotate-secret")
    public Response rotateSecret(@PathParam("subscription_id") UUID subscriptionId) {
        return Responses.ok(service.rotateSecret(subscriptionId));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscription_id}/ping")
    public PingResult ping(@PathParam("subscription_id") UUID subscriptionId) {
        return service.ping(subscriptionId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscription_id}/deliveries")
    public Page<DeliveryResponse> deliveries(
            @PathParam("subscription_id") UUID subscriptionId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.deliveries(subscriptionId, PageRequest.of(limit, cursor));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscription_id}/deliveries/{delivery_id}/redeliver")
    public Response redeliver(
            @PathParam("subscription_id") UUID subscriptionId, @PathParam("delivery_id") UUID deliveryId) {
        return Response.accepted(service.redeliver(subscriptionId, deliveryId)).build();
    }
}
