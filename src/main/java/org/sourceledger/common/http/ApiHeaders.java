package org.sourceledger.common.http;

/** Header names the API documents, in one place so annotations and code agree. */
public final class ApiHeaders {

    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private ApiHeaders() {}
}
