package org.sourceledger.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Every sourceledger.* setting; each is listed in docs/operations.md, Configuration. */
@ConfigMapping(prefix = "sourceledger")
public interface SourceLedgerConfig {

    EmbeddedDb embeddedDb();

    Publisher publisher();

    ClaimReview claimReview();

    /**
     * SOURCELEDGER_BOOTSTRAP_ADMIN_KEY: at start, when no active ADMIN key exists, this value becomes one.
     * At least 32 characters.
     */
    Optional<String> bootstrapAdminKey();

    /**
     * A fixed EDITOR key for local work, set only in the dev, embedded and test profiles. The service refuses
     * to start in prod when it is set.
     */
    Optional<String> developmentKey();

    /** SOURCELEDGER_IDENTITY_KEY: base64 of 32 bytes, the AES-256-GCM key for confidential source identities. */
    Optional<String> identityKey();

    Idempotency idempotency();

    interface Idempotency {
        /** How long an Idempotency-Key and its stored response are kept. */
        @WithDefault("PT24H")
        Duration retention();

        /** How often expired records are deleted (a Quarkus scheduler interval). */
        @WithDefault("1h")
        String purgeEvery();
    }

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
