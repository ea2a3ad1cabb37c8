package org.sourceledger.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the committed contract between every API test and the service: a response whose status, headers or body
 * differ from what the contract documents fails the test. Requests are not judged, because many tests send
 * invalid requests on purpose; what the service answers to them is what must match the contract.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    public static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    private static OpenApiValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (Boolean.getBoolean("contract.update")) {
            // Regenerating the contract: the old one is not the yardstick.
            RestAssured.replaceFiltersWith(Keys.DEFAULT_CREDENTIALS);
            return;
        }
        RestAssured.replaceFiltersWith(Keys.DEFAULT_CREDENTIALS, filter());
    }

    static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            try {
                OpenApiInteractionValidator validator = OpenApiInteractionValidator
                        .createForInlineApiSpecification(Files.readString(CONTRACT))
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build();
                filter = new OpenApiValidationFilter(validator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return filter;
    }
}
