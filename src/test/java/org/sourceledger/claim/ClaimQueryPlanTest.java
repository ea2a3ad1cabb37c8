package org.sourceledger.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.verification.VerificationStatus;

/**
 * Every list filter can be served by an index. On a small test table the planner would rightly prefer a
 * sequential scan, so it is switched off: the plan then shows whether an index is able to serve the query at all.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ClaimQueryPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @CsvSource({
            "none, false, claims_keyset_idx",
            "none, true, claims_keyset_idx",
            "story, true, claims_story_keyset_idx",
            "level, true, claims_level_keyset_idx",
            "status, true, claims_status_keyset_idx",
            "q, false, claims_search_idx",
    })
    void listQueryUsesAnIndex(String filterName, boolean cursor, String expectedIndex) throws SQLException {
        ClaimFilter filter = switch (filterName) {
            case "story" -> new ClaimFilter(UUID.randomUUID(), null, null, null);
            case "level" -> new ClaimFilter(null, SourcingLevel.ANONYMOUS, null, null);
            case "status" -> new ClaimFilter(null, null, VerificationStatus.DISPUTED, null);
            case "q" -> new ClaimFilter(null, null, null, "harbour drones");
            default -> new ClaimFilter(null, null, null, null);
        };
        String sql = ClaimRepository.pageSql(filter, cursor)
                .replace(":storyId", "'" + UUID.randomUUID() + "'")
                .replace(":sourcingLevel", "'ANONYMOUS'")
                .replace(":verificationStatus", "'DISPUTED'")
                .replace(":q", "'harbour drones'")
                .replace(":afterCreatedAt", "now()")
                .replace(":afterId", "'" + UUID.randomUUID() + "'")
                .replace(":limit", "51");
        String plan = explain(sql);
        assertTrue(plan.contains(expectedIndex), "expected " + expectedIndex + " in:\n" + plan);
        assertFalse(plan.contains("Seq Scan on claims"), plan);
    }

    private String explain(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("RESET enable_seqscan");
            }
            return plan.toString();
        }
    }
}
