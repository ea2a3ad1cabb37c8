package org.sourceledger.common.problem;

import java.net.URI;

/**
 * Every kind of problem the API can answer with. The {@code type} URI is stable: clients branch on it,
 * so renaming a slug is a breaking change.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "Request is invalid"),
    MALFORMED_REQUEST(400, "Request body is not valid JSON"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed for this key's role"),
    ORIGIN_NOT_ALLOWED(403, "Origin not allowed"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    DUPLICATE_REPORT_URL(409, "A report with this URL already exists"),
    DUPLICATE_LINK(409, "The claim is already linked to this report"),
    REPORT_IN_USE(409, "The report is still referenced"),
    STORY_HAS_CLAIMS(409, "The story still has claims"),
    PROVENANCE_CYCLE(409, "The provenance graph would contain a cycle"),
    DUPLICATE_KEY_NAME(409, "An API key with this name exists"),
    CONFLICT(409, "Conflict with the current state of the resource"),
    PUBLICATION_BLOCKED(409, "The story breaks its desk's publication policy"),
    POSITION_EXPIRED(410, "The feed position is older than the events kept"),
    PRECONDITION_FAILED(412, "The resource has changed"),
    IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was used for a different request"),
    PAYLOAD_TOO_LARGE(413, "Request body is too large"),
    URI_TOO_LONG(414, "Request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INTERNAL_ERROR(500, "Internal server error"),
    SERVICE_UNAVAILABLE(503, "Service temporarily unavailable");

    private static final String URN_PREFIX = "urn:sourceledger:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(URN_PREFIX + name().toLowerCase().replace('_', '-'));
    }
}
