package org.sourceledger.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The verification breakdown costs a fixed number of statements, however many links and provenance hops. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BreakdownQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aClaimWith60LinksCostsWhatAClaimWith2Does() {
        String story = Api.createStory("Breakdown statement count");
        String small = Api.createOfficialClaim(story, "Two links.");
        String large = Api.createOfficialClaim(story, "Sixty links over deep chains.");
        for (int i = 0; i < 2; i++) {
            Api.link(small, chain("Small " + i, 2), i == 0 ? "CORROBORATES" : "CONFLICTS")
                    .statusCode(201);
        }
        for (int i = 0; i < 60; i++) {
            Api.link(large, chain("Large " + i, i % 5 == 0 ? 6 : 1), i % 7 == 0 ? "CONFLICTS" : "CORROBORATES")
                    .statusCode(201);
        }

        long forTwo = Statements.preparedFor(sessionFactory, "/claims/" + small + "/verification");
        long forSixty = Statements.preparedFor(sessionFactory, "/claims/" + large + "/verification");
        assertTrue(forTwo >= 1, "statistics recorded no statement");
        assertEquals(forTwo, forSixty, "2 links took " + forTwo + " statements, 60 took " + forSixty);
    }

    /** A report at the end of a derived_from chain of the given length, each hop from another outlet. */
    private static String chain(String name, int length) {
        String report = Api.createReport(name + " origin", "WIRE");
        for (int hop = 1; hop < length; hop++) {
            report = Api.createReport(name + " hop " + hop, "NEWS", List.of(report));
        }
        return report;
    }
}
