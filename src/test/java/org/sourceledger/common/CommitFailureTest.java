package org.sourceledger.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.sourceledger.support.Api.json;
import static org.sourceledger.support.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * What a client sees when PostgreSQL goes away while its transaction commits (bench/reliability/outage.sh, in small):
 * the request's COMMIT is held by a deferred trigger that waits for a lock this test holds, and the test then
 * terminates that backend, as "pg_ctl stop -m fast" does. The commit fails with SQLState 57P01 inside the transaction
 * manager, which wraps it several layers deep; the answer must still be 503 service-unavailable, not a 500.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CommitFailureTest {

    /** Only this test's story is held at commit; every other insert passes the trigger untouched. */
    private static final long LOCK_KEY = 8_814_250_301L;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommitKilledByADatabaseShutdownIs503() throws Exception {
        String headline = "Held at commit " + UUID.randomUUID();
        try (Connection admin = dataSource.getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE FUNCTION test_hold_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "PERFORM pg_advisory_xact_lock(" + LOCK_KEY + "); RETURN NULL; END $$");
            sql.execute("CREATE CONSTRAINT TRIGGER test_hold_commit AFTER INSERT ON stories DEFERRABLE INITIALLY "
                    + "DEFERRED FOR EACH ROW WHEN (NEW.headline = '" + headline + "') "
                    + "EXECUTE FUNCTION test_hold_commit()");
            sql.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            try {
                CompletableFuture<Response> answer = CompletableFuture.supplyAsync(
                        () -> json(Map.of("headline", headline)).post("/stories"));
                int backend = awaitBackendWaitingAtCommit(sql);
                sql.execute("SELECT pg_terminate_backend(" + backend + ")");
                problem(answer.get(30, TimeUnit.SECONDS).then(), 503)
                        .body("type", equalTo("urn:sourceledger:problem:service-unavailable"))
                        .header("Retry-After", not(equalTo(null)))
                        .body(not(containsString("Exception")))
                        .body(not(containsString("ARJUNA")));
            } finally {
                sql.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
                sql.execute("DROP TRIGGER test_hold_commit ON stories");
                sql.execute("DROP FUNCTION test_hold_commit()");
            }
        }
    }

    /** The service's backend that is blocked on the advisory lock, i.e. inside its COMMIT. */
    private static int awaitBackendWaitingAtCommit(Statement sql) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (ResultSet rows = sql.executeQuery("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    + "AND wait_event = 'advisory' AND pid <> pg_backend_pid()")) {
                if (rows.next()) {
                    return rows.getInt(1);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The request never reached its commit");
    }
}
