package org.sourceledger.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * The constraints the features name (their ConstraintProblems beans) answer, through the exception mappers, the
 * problems their services' checks answer: races caught by the database are hard to provoke over HTTP.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FeatureConstraintsTest {

    @Test
    void uniqueViolationOnReportUrlIsADuplicate() {
        Problem problem = ProblemMappers.fromUnexpected(new RuntimeException(violation("reports_url_unique")))
                .problem();
        assertEquals(409, problem.status());
        assertEquals(ProblemType.DUPLICATE_REPORT_URL.uri(), problem.type());
    }

    @Test
    void uniqueViolationOnLinksIsADuplicateLink() {
        assertEquals(
                ProblemType.DUPLICATE_LINK.uri(),
                ProblemMappers.fromUnexpected(violation("claim_links_once_per_report"))
                        .problem()
                        .type());
    }

    @Test
    void everyFeaturesConstraintKeepsItsProblem() {
        assertType(ProblemType.REPORT_IN_USE, "claim_links_report_id_fkey");
        assertType(ProblemType.REPORT_IN_USE, "report_derivations_derived_from_id_fkey");
        assertType(ProblemType.DUPLICATE_KEY_NAME, "api_keys_name_unique");
        assertType(ProblemType.CONFLICT, "claims_story_id_fkey");
        assertEquals(
                "The story was changed by another request.",
                ProblemMappers.fromUnexpected(violation("claims_story_id_fkey"))
                        .problem()
                        .detail());
    }

    private static void assertType(ProblemType expected, String constraint) {
        assertEquals(
                expected.uri(),
                ProblemMappers.fromUnexpected(violation(constraint)).problem().type(),
                constraint);
    }

    private static org.hibernate.exception.ConstraintViolationException violation(String constraint) {
        return new org.hibernate.exception.ConstraintViolationException(
                "statement failed", new SQLException("violates constraint", "23505"), constraint);
    }
}
