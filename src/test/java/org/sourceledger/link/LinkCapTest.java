package org.sourceledger.link;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;

/** A claim links to at most 1000 reports, which bounds every list derived from its links. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LinkCapTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theThousandAndFirstLinkIsRefused() throws Exception {
        String claim = Api.createOfficialClaim(Api.createStory("Link cap"), "A claim linked a thousand times.");
        // Seeded in SQL: a thousand API round trips would only slow the suite down.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement seed = connection.prepareStatement("""
                        WITH r AS (
                            INSERT INTO reports (id, url, title, outlet, kind, created_at, updated_at)
                            SELECT gen_random_uuid(), 'https://cap.example/' || gen_random_uuid(), 'Cap report', 'Cap Outlet',
                                   'NEWS', now(), now()
                            FROM generate_series(1, ?) RETURNING id)
                        INSERT INTO claim_links (id, claim_id, report_id, relation, created_at, created_by)
                        SELECT gen_random_uuid(), CAST(? AS uuid), r.id, 'CORROBORATES', now(), 'seed' FROM r""")) {
            seed.setInt(1, LinkService.MAX_LINKS_PER_CLAIM);
            seed.setString(2, claim);
            assertEquals(LinkService.MAX_LINKS_PER_CLAIM, seed.executeUpdate());
        }
        String report = Api.createReport("One Too Many", "NEWS");
        Api.problem(Api.link(claim, report, "CORROBORATES"), 409)
                .body("detail", containsString("at most 1000 reports"));
    }
}
