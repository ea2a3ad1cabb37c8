package org.sourceledger.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Statements;

/** Listing claims costs the same number of statements for 200 claims as for 10: no query per claim. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ClaimListQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOf200ClaimsCostsWhatAPageOf10Does() {
        String story = Api.createStory("Statement count");
        for (int i = 0; i < 200; i++) {
            Api.createClaim(Map.of(
                    "story_id",
                    story,
                    "statement",
                    "Counted claim " + i,
                    "sourcing_level",
                    "ANONYMOUS",
                    "attribution",
                    Map.of("anonymity_reason", "counting", "ground_rules", "BACKGROUND")));
        }
        String verdictClaim = Api.createOfficialClaim(story, "A claim with a verdict and links.");
        Api.link(verdictClaim, Api.createReport("Counted Outlet", "NEWS"), "CORROBORATES")
                .statusCode(201);
        Api.json(Map.of("rating", "TRUE", "explanation", "Checked."))
                .put("/claims/" + verdictClaim + "/verdict")
                .then()
                .statusCode(200);

        long ten = Statements.preparedFor(sessionFactory, "/claims?limit=10&story_id=" + story);
        long twoHundred = Statements.preparedFor(sessionFactory, "/claims?limit=200&story_id=" + story);
        assertTrue(ten >= 1, "statistics recorded no statement");
        assertEquals(ten, twoHundred, "10 claims took " + ten + " statements, 200 took " + twoHundred);
        assertEquals(
                ten,
                Statements.preparedFor(sessionFactory, "/stories/" + story + "/claims?limit=200") - 1,
                "the story variant adds only the story lookup");
    }
}
