package org.sourceledger.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;
import org.sourceledger.support.Statements;

/**
 * A stored key that authenticated moments ago is answered from memory, and a revocation still takes effect at once:
 * on this instance before the revoking request answers (ApiKeyResourceTest), and, through PostgreSQL's
 * LISTEN/NOTIFY, when another instance or an operator changes the row. The SQL updates below are exactly what
 * another instance's revocation commits.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ApiKeyCacheTest {

    private static final String PATH = "/stories?limit=1";
    /** Far below ApiKeyCache.ENTRY_LIFETIME: passing within it proves the key was dropped, not aged out. */
    private static final long DEADLINE_MILLIS = 5_000;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Database database;

    @Test
    void aKeySeenMomentsAgoCostsNoStatement() {
        String key = Keys.issue("READER", "cached-" + UUID.randomUUID());
        long withTheInMemoryDevelopmentKey = Statements.preparedFor(sessionFactory, PATH);
        long firstUse = Statements.preparedFor(sessionFactory, Keys.as(key), PATH);
        long secondUse = Statements.preparedFor(sessionFactory, Keys.as(key), PATH);
        assertEquals(withTheInMemoryDevelopmentKey + 1, firstUse, "the first use looks the key up");
        assertEquals(withTheInMemoryDevelopmentKey, secondUse, "the second use is answered from memory");
    }

    @Test
    void aKeyRevokedElsewhereStopsWorkingWithinMoments() throws InterruptedException {
        String name = "revoked-elsewhere-" + UUID.randomUUID();
        String key = remembered(name);

        database.update(
                "UPDATE api_keys SET revoked_at = now(), revoked_by = 'another-instance' WHERE name = '" + name + "'");

        assertRefusedSoon(key);
    }

    @Test
    void aKeyDeletedByHandStopsWorkingWithinMoments() throws InterruptedException {
        String name = "deleted-by-hand-" + UUID.randomUUID();
        String key = remembered(name);

        database.update("DELETE FROM api_keys WHERE name = '" + name + "'");

        assertRefusedSoon(key);
    }

    /**
     * The notification of this revocation reaches nobody: the listening session is gone when it commits. The
     * listener notices, forgets every cached key, and relies on the database until it listens again.
     */
    @Test
    void aRevocationMissedWhileTheListenerIsDownStillTakesEffect() throws InterruptedException {
        String name = "missed-" + UUID.randomUUID();
        String key = remembered(name);

        int changed = database.update("""
                WITH gone AS (SELECT pg_terminate_backend(pid, 5000) AS terminated FROM pg_stat_activity
                              WHERE application_name = '%s')
                UPDATE api_keys SET revoked_at = now(), revoked_by = 'another-instance'
                WHERE name = '%s' AND (SELECT bool_and(terminated) FROM gone)""".formatted(ApiKeyChangeListener.APPLICATION_NAME, name));
        assertEquals(1, changed, "the listening session was not found and terminated");

        assertRefusedSoon(key);
        String other = remembered("after-the-listener-returned-" + UUID.randomUUID());
        assertEquals(
                Statements.preparedFor(sessionFactory, PATH),
                Statements.preparedFor(sessionFactory, Keys.as(other), PATH),
                "the listener is back: keys are answered from memory again");
    }

    /** Issues a key, uses it, and checks that its next use is answered from memory. */
    private String remembered(String name) throws InterruptedException {
        String key = Keys.issue("READER", name);
        long baseline = Statements.preparedFor(sessionFactory, PATH);
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (Statements.preparedFor(sessionFactory, Keys.as(key), PATH) != baseline) {
            // Right after a listener restart the cache is not trusted yet.
            assertTrue(System.currentTimeMillis() < deadline, "the key is never answered from memory");
            Thread.sleep(50);
        }
        return key;
    }

    private static void assertRefusedSoon(String key) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (Keys.as(key).get(PATH).statusCode() != 401) {
            assertTrue(
                    System.currentTimeMillis() < deadline,
                    "the changed key still works after " + DEADLINE_MILLIS + " ms");
            Thread.sleep(20);
        }
        Api.problem(Keys.as(key).get(PATH).then(), 401);
    }
}
