package org.sourceledger.common.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The one way single-resource responses are built: the body plus its ETag, and Location on create. */
public final class Responses {

    private Responses() {}

    public static Response ok(Versioned<?> resource) {
        return Response.ok(resource.body()).tag(ETags.of(resource.version())).build();
    }

    public static Response created(UriInfo uriInfo, Object id, Versioned<?> resource) {
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(resource.body())
                .tag(ETags.of(resource.version()))
                .build();
    }

    public static Response noContent() {
        return Response.noContent().build();
    }
}
