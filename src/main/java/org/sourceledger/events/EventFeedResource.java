package org.sourceledger.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sourceledger.security.Role;

@Path("/events")
public class EventFeedResource {

    private final EventFeed feed;

    public EventFeedResource(EventFeed feed) {
        this.feed = feed;
    }

    @RolesAllowed(Role.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public EventPage list(
            @QueryParam("after") String after,
            @QueryParam("types") String types,
            @QueryParam("subject") String subject,
            @QueryParam("limit") Integer limit) {
        return feed.page(after, types, subject, limit);
    }
}
