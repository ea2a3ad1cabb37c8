package org.sourceledger.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource of the embedded database when sourceledger.embedded-db.enabled is true
 * (the dev and embedded profiles). An explicitly configured quarkus.datasource.jdbc.url always wins.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties (250), below system properties (400) and environment variables (300). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!"true".equalsIgnoreCase(valueOf(context, "sourceledger.embedded-db.enabled"))
                || valueOf(context, "quarkus.datasource.jdbc.url") != null) {
            return List.of();
        }
        String dataDir = valueOf(context, "sourceledger.embedded-db.data-dir");
        String url = EmbeddedDatabase.start(Path.of(dataDir == null ? ".sourceledger/pgdata" : dataDir), true);
        return List.of(new PropertiesConfigSource(
                Map.of(
                        "quarkus.datasource.jdbc.url", url,
                        "quarkus.datasource.username", EmbeddedDatabase.USER,
                        "quarkus.datasource.password", EmbeddedDatabase.PASSWORD),
                "sourceledger-embedded-postgres",
                ORDINAL));
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
