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
        // How common a level is decides between its own index and walking the keyset index with a filter; which
        // one wins depends on what earlier tests wrote.
        "level, true, claims_level_keyset_idx|claims_keyset_idx",
        "status, true, claims_status_keyset_idx",
    })
    void listQueryUsesAnIndex(String filterName, boolean cursor, String expectedIndex) throws SQLException {
        ClaimFilter filter = switch (filterName) {
            case "story" -> new ClaimFilter(UUID.randomUUID(), null, null, null);
            case "level" -> new ClaimFilter(null, SourcingLevel.WITNESSED, null, null);
            case "status" -> new ClaimFilter(null, null, VerificationStatus.DISPUTED, null);
            default -> new ClaimFilter(null, null, null, null);
        };
        String plan = explain(ClaimRepository.pageSql(filter, cursor));
        assertTrue(
                java.util.Arrays.stream(expectedIndex.split("\\|")).anyMatch(plan::contains),
                "expected " + expectedIndex + " in:\n" + plan);
        assertFalse(plan.contains("Seq Scan on claims"), plan);
    }

    /**
     * Search never bets that matches come soon while walking a keyset index: that walk reads most of the table when
     * the word is rare among recent claims. Step 1 tests the word on a LIMITed window, so the walk is bounded
     * whatever the planner thinks. Step 2 has no LIMIT inside its materialised CTE, so the planner prices finding
     * every older match (the full-text index, or one story's rows when that is cheaper) instead of an early stop,
     * and it only runs when step 1 found too few (a one-time filter). Which index step 2 uses depends on the data,
     * so only the shape is checked here.
     */
    @ParameterizedTest
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void searchNeverFiltersAKeysetWalkByTheWord(boolean cursor, boolean story) throws SQLException {
        ClaimFilter filter = new ClaimFilter(story ? UUID.randomUUID() : null, null, null, "harbour drones");
        // Without bitmap scans the planner has to bet on the walk wherever the SQL lets it (the unbounded query
        // did: see the first assertion); step 1 must not let it.
        String unbounded = explain(
                "SELECT c.* FROM claims c WHERE c.search_vector @@ websearch_to_tsquery('english', "
                        + ":q) ORDER BY c.created_at DESC, c.id DESC LIMIT :limit",
                "enable_bitmapscan");
        assertTrue(wordFilteredOnAKeysetScan(unbounded), "the check does not see the walk in:\n" + unbounded);

        String search = explain(ClaimRepository.searchSql(filter, cursor), "enable_bitmapscan");
        assertFalse(
                wordFilteredOnAKeysetScan(withoutCte(search, "older")),
                "the word filters a keyset index scan outside step 2:\n" + search);
        assertTrue(search.contains("CTE recent") && search.contains("keyset_idx"), search);
        assertTrue(search.contains("CTE older") && search.contains("One-Time Filter"), search);

        String planned = explain(ClaimRepository.searchSql(filter, cursor));
        assertFalse(planned.contains("Seq Scan on claims"), planned);
        assertTrue(story || planned.contains("claims_search_idx"), "older matches without the index:\n" + planned);
    }

    /** The plan without one CTE's subtree (its lines are indented deeper than its "CTE name" line). */
    private static String withoutCte(String plan, String name) {
        StringBuilder kept = new StringBuilder();
        int skippingDeeperThan = -1;
        for (String line : plan.split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            if (skippingDeeperThan >= 0 && indent > skippingDeeperThan) {
                continue;
            }
            skippingDeeperThan = line.strip().equals("CTE " + name) ? indent : -1;
            if (skippingDeeperThan < 0) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    /** True when an index scan over one of the keyset indexes carries the full-text match as its own filter. */
    private static boolean wordFilteredOnAKeysetScan(String plan) {
        boolean inKeysetScan = false;
        for (String line : plan.split("\n")) {
            if (line.contains("->") || line.startsWith("Limit") || line.startsWith("Sort")) {
                inKeysetScan = line.contains("Index Scan") && line.contains("keyset_idx");
            } else if (inKeysetScan && line.contains("@@")) {
                return true;
            }
        }
        return false;
    }

    /** EXPLAIN with sequential scans and each named planner method switched off. */
    private String explain(String sqlWithParameters, String... disabled) throws SQLException {
        String sql = sqlWithParameters
                .replace(":storyId", "'" + UUID.randomUUID() + "'")
                .replace(":sourcingLevel", "'WITNESSED'")
                .replace(":verificationStatus", "'DISPUTED'")
                .replace(":q", "'harbour drones'")
                .replace(":afterCreatedAt", "now()")
                .replace(":afterId", "'" + UUID.randomUUID() + "'")
                .replace(":limit", "51");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            for (String setting : disabled) {
                statement.execute("SET " + setting + " = off");
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("RESET ALL");
            }
            return plan.toString();
        }
    }
}
