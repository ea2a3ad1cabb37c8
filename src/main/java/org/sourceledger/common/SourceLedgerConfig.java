package org.sourceledger.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every sourceledger.* setting; each is listed in README.md's configuration table. */
@ConfigMapping(prefix = "sourceledger")
public interface SourceLedgerConfig {

    EmbeddedDb embeddedDb();

    Publisher publisher();

    ClaimReview claimReview();

    interface EmbeddedDb {
        /** Start the embedded PostgreSQL (read early by EmbeddedPostgresConfigSourceFactory). */
        @WithDefault("false")
        boolean enabled();

        @WithDefault(".sourceledger/pgdata")
        String dataDir();
    }

    /** The organisation that publishes fact-checks, named as author of every ClaimReview. */
    interface Publisher {
        @WithDefault("SourceLedger Newsroom")
        String name();

        @WithDefault("http://localhost:8080")
        String url();
    }

    interface ClaimReview {
        /** Public base URL under which /claims/{id}/claim-review is reachable. */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }
}
