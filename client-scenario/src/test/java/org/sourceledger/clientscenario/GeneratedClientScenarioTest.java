package org.sourceledger.clientscenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourceledger.client.ApiClient;
import org.sourceledger.client.ApiException;
import org.sourceledger.client.api.ApiKeysApi;
import org.sourceledger.client.api.ClaimsApi;
import org.sourceledger.client.api.LinksApi;
import org.sourceledger.client.api.ReportsApi;
import org.sourceledger.client.api.StoriesApi;
import org.sourceledger.client.api.VerificationApi;
import org.sourceledger.client.model.ApiKey;
import org.sourceledger.client.model.ApiKeyInput;
import org.sourceledger.client.model.AttributionInput;
import org.sourceledger.client.model.Claim;
import org.sourceledger.client.model.ClaimInput;
import org.sourceledger.client.model.GroundRules;
import org.sourceledger.client.model.LinkInput;
import org.sourceledger.client.model.LinkRelation;
import org.sourceledger.client.model.Report;
import org.sourceledger.client.model.ReportInput;
import org.sourceledger.client.model.ReportKind;
import org.sourceledger.client.model.Role;
import org.sourceledger.client.model.SourcingLevel;
import org.sourceledger.client.model.StoryInput;
import org.sourceledger.client.model.VerdictInput;
import org.sourceledger.client.model.VerdictRating;
import org.sourceledger.client.model.VerificationBreakdown;
import org.sourceledger.client.model.VerificationStatus;

/** What a newsroom tool does, written only against the client generated from the committed contract. */
class GeneratedClientScenarioTest {

    private final ApiClient client = clientWithKey(factCheckerKey());
    private final StoriesApi stories = new StoriesApi(client);
    private final ClaimsApi claims = new ClaimsApi(client);
    private final ReportsApi reports = new ReportsApi(client);
    private final LinksApi links = new LinksApi(client);
    private final VerificationApi verification = new VerificationApi(client);

    /** An ADMIN (the bootstrap key passed in by .ci/run) issues the key the rest of the scenario works with. */
    private static String factCheckerKey() {
        ApiKeysApi admin = new ApiKeysApi(clientWithKey(System.getProperty("sourceledger.admin-key")));
        try {
            ApiKey issued = admin.createApiKey(new ApiKeyInput().name("client-scenario-" + UUID.randomUUID())
                    .role(Role.FACTCHECKER));
            assertEquals(Role.FACTCHECKER, issued.getRole());
            return issued.getKey();
        } catch (ApiException e) {
            throw new IllegalStateException("Could not issue a key: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private static ApiClient clientWithKey(String key) {
        ApiClient apiClient = new ApiClient(java.net.http.HttpClient.newBuilder(),
                ApiClient.createDefaultObjectMapper(), System.getProperty("sourceledger.url"));
        apiClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        return apiClient;
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameClaim() throws ApiException {
        ClaimInput input = new ClaimInput().statement("The ferry timetable changes in January.")
                .sourcingLevel(SourcingLevel.OFFICIAL).attribution(new AttributionInput().sourceOrganization("Harbour Ferries"));
        String idempotencyKey = UUID.randomUUID().toString();
        Claim first = claims.createClaim(input, idempotencyKey);
        Claim retried = claims.createClaim(input, idempotencyKey);
        assertEquals(first.getId(), retried.getId());
        ApiException reused = assertThrows(ApiException.class,
                () -> claims.createClaim(input.statement("Something else."), idempotencyKey));
        assertEquals(422, reused.getCode());
    }

    @Test
    void withoutAKeyTheClientGetsA401Problem() {
        ApiClient anonymous = new ApiClient(java.net.http.HttpClient.newBuilder(),
                ApiClient.createDefaultObjectMapper(), System.getProperty("sourceledger.url"));
        ApiException refused = assertThrows(ApiException.class, () -> new StoriesApi(anonymous).listStories(null, null));
        assertEquals(401, refused.getCode());
        assertTrue(refused.getResponseBody().contains("urn:sourceledger:problem:unauthorized"));
    }

    @Test
    void storyClaimsReportsLinksAndVerification() throws ApiException {
        UUID story = stories.createStory(new StoryInput().headline("Stadium financing deal nears approval")
                .desk("metro"), null).getId();

        Claim anonymous = claims.createClaim(new ClaimInput().storyId(story)
                .statement("The council will approve the stadium financing next week.")
                .sourcingLevel(SourcingLevel.ANONYMOUS)
                .attribution(new AttributionInput().sourceDescription("two council aides").sourceCount(2)
                        .anonymityReason("not authorised to discuss the vote").groundRules(GroundRules.BACKGROUND)), null);
        Claim official = claims.createClaim(new ClaimInput().storyId(story)
                .statement("The finance office published the draft terms on Monday.")
                .sourcingLevel(SourcingLevel.OFFICIAL)
                .attribution(new AttributionInput().sourceOrganization("City Finance Office")), null);
        Claim declined = claims.createClaim(new ClaimInput().storyId(story)
                .statement("The team's owners declined to comment.")
                .sourcingLevel(SourcingLevel.DECLINED_TO_COMMENT), null);
        assertEquals(VerificationStatus.UNVERIFIED, anonymous.getVerification().getStatus());

        String run = UUID.randomUUID().toString();
        Report wire = reports.createReport(new ReportInput().url("https://wire.example.com/" + run)
                .title("Council set to back stadium deal").outlet("Example Wire").kind(ReportKind.WIRE), null);
        Report copy = reports.createReport(new ReportInput().url("https://daily.example.net/" + run)
                .title("Stadium deal heads for approval").outlet("Daily Example").kind(ReportKind.NEWS)
                .derivedFrom(List.of(wire.getId())), null);
        Report denial = reports.createReport(new ReportInput().url("https://council.example.gov/" + run)
                .title("No vote scheduled").outlet("City Council").kind(ReportKind.OFFICIAL_STATEMENT), null);

        links.addLink(anonymous.getId(), new LinkInput().reportId(wire.getId()).relation(LinkRelation.CORROBORATES), null);
        links.addLink(anonymous.getId(), new LinkInput().reportId(copy.getId()).relation(LinkRelation.CORROBORATES), null);
        VerificationBreakdown breakdown = verification.getClaimVerification(anonymous.getId());
        assertEquals(VerificationStatus.CORROBORATED, breakdown.getStatus());
        assertEquals(1, breakdown.getIndependentCorroborations());
        assertTrue(breakdown.getCircular());

        links.addLink(anonymous.getId(), new LinkInput().reportId(denial.getId()).relation(LinkRelation.CONFLICTS), null);
        assertEquals(VerificationStatus.DISPUTED, claims.getClaim(anonymous.getId()).getVerification().getStatus());

        assertEquals(List.of(anonymous.getId()), claims.listClaims(null, SourcingLevel.ANONYMOUS, story, null, null, null)
                .getItems().stream().map(Claim::getId).toList());
        assertEquals(3, stories.listStoryClaims(story, null, null, null, null, null).getItems().size());
        assertEquals(declined.getId(), claims.listClaims(null, SourcingLevel.DECLINED_TO_COMMENT, story, null, null, null)
                .getItems().get(0).getId());
        assertEquals(official.getId(), claims.getClaim(official.getId()).getId());

        verification.putVerdict(anonymous.getId(), new VerdictInput().rating(VerdictRating.MIXED)
                .explanation("The vote is scheduled, but the council denies a deal is agreed."), null);
        assertEquals("Mixed", verification.getClaimReview(anonymous.getId()).getReviewRating().getAlternateName()
                .getValue());
    }

    @Test
    void problemsArriveAsApiExceptionsWithTheirStatus() {
        ApiException missingReason = assertThrows(ApiException.class, () -> claims.createClaim(new ClaimInput()
                .statement("The mayor will resign.").sourcingLevel(SourcingLevel.ANONYMOUS), null));
        assertEquals(400, missingReason.getCode());
        assertTrue(missingReason.getResponseBody().contains("/attribution/anonymity_reason"));

        ApiException notFound = assertThrows(ApiException.class, () -> claims.getClaim(UUID.randomUUID()));
        assertEquals(404, notFound.getCode());
    }
}
