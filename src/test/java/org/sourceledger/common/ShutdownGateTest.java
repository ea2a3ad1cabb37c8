package org.sourceledger.common;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * What a SIGTERM starts, without sending one: readiness goes DOWN at once, and after the delay (0 s in tests) a new
 * request is answered 503 problem+json without being run. The gate stays shut, so this test has an application
 * instance of its own (a test profile).
 */
@QuarkusTest
@TestProfile(ShutdownGateTest.OwnInstance.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ShutdownGateTest {

    public static class OwnInstance implements QuarkusTestProfile {}

    @Inject
    Event<ShutdownDelayInitiatedEvent> shutdownDelay;

    @Test
    void afterShutdownBeginsReadinessIsDownAndNewRequestsGet503() throws InterruptedException {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        shutdownDelay.fire(new ShutdownDelayInitiatedEvent());
        Thread.sleep(200);
        RestAssured.given().get("/q/health/ready").then().statusCode(503);
        Api.problem(Api.json().get("/claims").then(), 503)
                .header("Retry-After", "1")
                .header("Connection", "close")
                .body("type", equalTo("urn:sourceledger:problem:service-unavailable"));
    }
}
