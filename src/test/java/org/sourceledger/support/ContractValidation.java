package org.sourceledger.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the contract between every API test and the service, in both directions:
 * <ul>
 * <li>a request the contract accepts must get an answer the contract documents (status, headers and body);</li>
 * <li>a request the contract rejects (a wrong type, an empty id, an enum value with a stray space, a missing key,
 * an over-long header...) must be rejected by the service too: a 4xx problem that the contract documents. Tests
 * send such requests on purpose, so this is a rule, not a failure.</li>
 * </ul>
 * Requests to paths or methods the contract does not have are left to the tests that check 404 and 405.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    public static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    /**
     * An Accept that names none of the operation's media types may be disregarded when the answer has no content
     * (RFC 9110, 12.5.1): a 204 to a DELETE sent with Accept: application/json is right, not a contract breach.
     */
    private static final String ACCEPT_NOT_ALLOWED = "validation.request.accept.notAllowed";

    /** The request is not for an operation of the contract: nothing to hold it to. */
    private static final Set<String> NOT_AN_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private static Filter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(Keys.DEFAULT_CREDENTIALS, filter());
    }

    public static synchronized Filter filter() {
        if (filter == null) {
            try {
                filter = new BothWays(
                        OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(CONTRACT))
                                .build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return filter;
    }

    /** The same check against another contract text: how ContractValidationTest proves the check can fail. */
    public static Filter against(String contract) {
        return new BothWays(OpenApiInteractionValidator.createForInlineApiSpecification(contract)
                .build());
    }

    /** Thrown when the service and the contract disagree; the message says which way and why. */
    public static class ContractViolation extends AssertionError {
        ContractViolation(String message) {
            super(message);
        }
    }

    private record BothWays(OpenApiInteractionValidator validator) implements Filter {

        @Override
        public Response filter(
                FilterableRequestSpecification requestSpec,
                FilterableResponseSpecification responseSpec,
                FilterContext context) {
            Request request = RestAssuredRequest.of(requestSpec);
            ValidationReport requestReport = validator.validateRequest(request);
            Response response = context.next(requestSpec, responseSpec);
            if (requestReport.getMessages().stream().anyMatch(m -> NOT_AN_OPERATION.contains(m.getKey()))) {
                return response;
            }
            String call = request.getMethod() + " " + requestSpec.getURI();
            int status = response.getStatusCode();
            boolean rejected = requestReport.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .anyMatch(m -> status != 204 || !ACCEPT_NOT_ALLOWED.equals(m.getKey()));
            if (rejected && (status < 400 || status > 499)) {
                throw new ContractViolation("The contract rejects this request, but the service answered " + status
                        + " (expected a 4xx problem).\n" + call + "\nWhy the contract rejects it:\n"
                        + describe(requestReport));
            }
            ValidationReport responseReport = validator.validateResponse(
                    request.getPath(), request.getMethod(), RestAssuredResponse.of(response));
            if (responseReport.hasErrors()) {
                throw new ContractViolation("The service's answer does not match the contract.\n" + call + " -> "
                        + status + "\n" + describe(responseReport) + "\nBody: " + response.asString());
            }
            return response;
        }

        private static String describe(ValidationReport report) {
            return report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  - [" + m.getKey() + "] " + m.getMessage())
                    .collect(Collectors.joining("\n"));
        }
    }
}
