package org.sourceledger.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Statements;

/** A page of reports: one query for the page and one for all their derived_from, not one per report. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReportListQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfReportsIsAFixedNumberOfStatements() {
        String origin = Api.createReport("Query Count Wire", "WIRE");
        for (int i = 0; i < 49; i++) {
            Api.createReport("Query Count Outlet " + i, "NEWS", List.of(origin));
        }
        long statements = Statements.preparedFor(sessionFactory, "/reports?limit=50");
        assertTrue(statements >= 1 && statements <= 2, "listing 50 reports prepared " + statements + " statements");
    }
}
