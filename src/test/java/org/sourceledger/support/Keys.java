package org.sourceledger.support;

import static io.restassured.RestAssured.given;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * API keys in tests. Requests carry the development key (role EDITOR, set in the test profile) unless they say
 * otherwise: {@link #as(String)} sends another key and {@link #anonymous()} sends none.
 */
public final class Keys {

    /** Mirrors %test.sourceledger.development-key and %test.sourceledger.bootstrap-admin-key. */
    public static final String DEVELOPMENT_KEY = "dev-editor-key-for-local-use-only";

    public static final String DEVELOPMENT_KEY_NAME = "development-key";
    public static final String BOOTSTRAP_ADMIN_KEY = "dev-admin-key-for-local-use-only-0000";

    private static final String AUTHORIZATION = "Authorization";
    /** Marks a request that must go out without credentials; the filter removes it. */
    private static final String NO_CREDENTIALS = "Bearer <none>";

    /** Adds the development key to every request that does not choose its own. */
    public static final Filter DEFAULT_CREDENTIALS = new Filter() {
        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            String chosen = request.getHeaders().getValue(AUTHORIZATION);
            if (NO_CREDENTIALS.equals(chosen)) {
                request.removeHeader(AUTHORIZATION);
            } else if (chosen == null) {
                request.header(AUTHORIZATION, bearer(DEVELOPMENT_KEY));
            }
            return context.next(request, response);
        }
    };

    private Keys() {}

    public static String bearer(String key) {
        return "Bearer " + key;
    }

    public static RequestSpecification as(String key) {
        return given().header(AUTHORIZATION, bearer(key));
    }

    public static RequestSpecification anonymous() {
        return given().header(AUTHORIZATION, NO_CREDENTIALS);
    }

    /** Issues a fresh key with the role, through the API, as the bootstrap admin; returns the key. */
    public static String issue(String role) {
        return issue(role, role.toLowerCase() + "-" + UUID.randomUUID());
    }

    public static String issue(String role, String name) {
        return as(BOOTSTRAP_ADMIN_KEY)
                .contentType("application/json")
                .body(Map.of("name", name, "role", role))
                .post("/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }
}
