package org.sourceledger.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Holds one pooled connection that LISTENs for API key changes (migration V6's trigger) and drops each changed key
 * from {@link ApiKeyCache}. Every poll also proves the connection with a query, which keeps the cache trusted; when
 * the connection fails the cache is emptied and bypassed until listening resumes.
 */
@ApplicationScoped
public class ApiKeyChangeListener {

    static final String CHANNEL = "sourceledger_api_keys";
    /** Set on the listening session, so operators (and a test) can find it in pg_stat_activity. */
    static final String APPLICATION_NAME = "sourceledger-api-key-listener";

    private static final int POLL_MILLIS = 500;
    private static final int NETWORK_TIMEOUT_MILLIS = 5_000;
    private static final long RETRY_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(ApiKeyChangeListener.class);
    private static final Executor SAME_THREAD = Runnable::run;

    private final AgroalDataSource dataSource;
    private final ApiKeyCache cache;
    private volatile boolean running;
    /** Whether the last attempt failed: the first failure is a warning, the recovery is logged once. */
    private boolean failing;

    private Thread thread;

    public ApiKeyChangeListener(AgroalDataSource dataSource, ApiKeyCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "api-key-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        cache.distrust();
        if (thread != null) {
            thread.interrupt();
            thread.join(NETWORK_TIMEOUT_MILLIS);
        }
    }

    private void run() {
        while (running) {
            try {
                listen();
            } catch (SQLException | RuntimeException e) {
                cache.distrust();
                if (!running) {
                    return;
                }
                if (!failing) {
                    LOG.warnf(
                            "Not listening for API key changes (%s); every request looks its key up in the "
                                    + "database until listening resumes",
                            e.getMessage());
                }
                failing = true;
            }
            if (failing) {
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The connection goes back to the pool; other users must not inherit the timeout. */
    private static void resetNetworkTimeout(Connection connection) {
        try {
            connection.setNetworkTimeout(SAME_THREAD, 0);
        } catch (SQLException e) {
            LOG.debugf("Could not reset the listener connection's network timeout: %s", e.getMessage());
        }
    }

    /** Listens until the connection fails or the service stops. */
    private void listen() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            // A silently dead connection would block a read for ever; the cache stops being trusted long before.
            connection.setNetworkTimeout(SAME_THREAD, NETWORK_TIMEOUT_MILLIS);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
                statement.execute("LISTEN " + CHANNEL);
                // Only now are changes certain to be heard: forget whatever was cached before.
                cache.distrust();
                cache.trust();
                if (failing) {
                    LOG.infof("Listening for API key changes again; cached keys are trusted again");
                    failing = false;
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            cache.evict(UUID.fromString(notification.getParameter()));
                        }
                    }
                    statement.execute("SELECT 1");
                    cache.trust();
                }
                statement.execute("UNLISTEN *");
                statement.execute("RESET application_name");
            } finally {
                resetNetworkTimeout(connection);
            }
        }
    }
}
