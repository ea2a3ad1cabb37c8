package org.sourceledger.common.openapi;

/**
 * Names of the shared OpenAPI components (responses, parameters, examples) defined in
 * {@code META-INF/openapi.yaml}, so that every operation documents its errors the same way.
 */
public final class ApiDoc {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

    public static final String BODY_REQUIRED = "a JSON request body is required";

    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";
    public static final String IF_MATCH = "If-Match";
    public static final String STORY_ID = "story_id";
    public static final String CLAIM_ID = "claim_id";
    public static final String REPORT_ID = "report_id";
    public static final String LINK_ID = "link_id";
    /** Appended to each operation's description; RoleMatrixTest checks them against what is enforced. */
    public static final String ROLES_READ = " Roles: READER, REPORTER, FACTCHECKER, EDITOR.";
    public static final String ROLES_WRITE = " Roles: REPORTER, FACTCHECKER, EDITOR.";
    public static final String ROLES_VERDICTS = " Roles: FACTCHECKER, EDITOR.";
    public static final String ROLES_EDIT = " Roles: EDITOR.";
    public static final String ROLES_KEYS = " Roles: ADMIN.";

    public static final String API_KEY_ID = "api_key_id";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";

    private ApiDoc() {
    }
}
