package org.sourceledger.webhooks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sourceledger.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

/** Through the API, with the production setting: a subscription to a loopback or http URL is refused. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestProfile(WebhookProductionTargetsTest.PrivateTargetsRefused.class)
class WebhookProductionTargetsTest {

    public static class PrivateTargetsRefused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sourceledger.webhooks.allow-private-targets", "false");
        }
    }

    @Test
    void loopbackAndPlainHttpTargetsAreRefused() {
        for (String url : List.of("https://127.0.0.1:8443/hook", "https://[::1]/hook", "http://hooks.example.org/x")) {
            problem(
                            Keys.as(Keys.BOOTSTRAP_ADMIN_KEY)
                                    .contentType("application/json")
                                    .body(Map.of("url", url, "event_types", List.of("*")))
                                    .post("/webhook-subscriptions")
                                    .then(),
                            400)
                    .body("errors[0].pointer", equalTo("/url"))
                    .body("errors[0].detail", containsString(url.startsWith("http:") ? "https" : "address"));
        }
    }
}
