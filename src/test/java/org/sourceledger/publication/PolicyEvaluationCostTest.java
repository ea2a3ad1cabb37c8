package org.sourceledger.publication;

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

/** A story's policy evaluation costs a fixed number of statements, however many claims and approvals it has. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PolicyEvaluationCostTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aStoryWith200ClaimsCostsWhatAStoryWith2Does() {
        String small = storyWith(2);
        String large = storyWith(200);
        long forTwo = Statements.preparedFor(sessionFactory, "/stories/" + small + "/policy-evaluation");
        long forTwoHundred = Statements.preparedFor(sessionFactory, "/stories/" + large + "/policy-evaluation");
        assertTrue(forTwo >= 4, "statistics recorded too few statements: " + forTwo);
        assertEquals(forTwo, forTwoHundred, "2 claims took " + forTwo + " statements, 200 took " + forTwoHundred);
    }

    /** Half anonymous claims with identities and approvals (the evaluation reads both), half official ones. */
    private static String storyWith(int claims) {
        String story = Api.createStory("Evaluation cost, " + claims + " claims");
        for (int i = 0; i < claims; i++) {
            if (i % 2 == 0) {
                String claim = Api.createOfficialClaim(story, "Official claim " + i);
                Api.link(claim, Api.createReport("Outlet " + i, "NEWS"), "CONFLICTS")
                        .statusCode(201);
                continue;
            }
            String claim = Api.createClaim(Map.of(
                    "story_id",
                    story,
                    "statement",
                    "Anonymous claim " + i,
                    "sourcing_level",
                    "ANONYMOUS",
                    "allegation",
                    true,
                    "attribution",
                    Map.of("source_count", 1, "anonymity_reason", "fears reprisal"),
                    "confidential_identity",
                    "Source " + i));
            Api.json(Map.of("kind", "ANONYMITY"))
                    .post("/claims/" + claim + "/approvals")
                    .then()
                    .statusCode(201);
        }
        return story;
    }
}
