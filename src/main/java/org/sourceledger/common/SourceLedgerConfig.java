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

    Events events();

    Webhooks webhooks();

    /** The change feed (docs/events.md). */
    interface Events {
        /** How long events are kept; a feed position older than this answers 410. */
        @WithDefault("P30D")
        Duration retention();

        /** How often events older than the retention are deleted (a Quarkus scheduler interval). */
        @WithDefault("1h")
        String purgeEvery();

        /** The CloudEvents source attribute of every event: a URI reference naming this deployment. */
        @WithDefault("/sourceledger")
        String source();

        /** Public base URL of the API, for the resource URL in each event's data. */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }

    /** Webhook delivery (docs/events.md, Webhooks). */
    interface Webhooks {
        /**
         * Lets subscriptions target http URLs and private, loopback or link-local addresses. On in dev, embedded and
         * test; off in prod, where only https URLs that resolve to public addresses are called.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How long one delivery attempt may take, connection included. */
        @WithDefault("10s")
        Duration timeout();

        /** How long a rotated-out secret keeps signing next to the new one. */
        @WithDefault("P1D")
        Duration secretOverlap();

        /** Deliveries claimed per batch by one instance. */
        @WithDefault("50")
        int batchSize();

        /** Threads sending deliveries on one instance. */
        @WithDefault("8")
        int senders();

        /** How often due deliveries are looked for when no notification arrives (retries come due this way). */
        @WithDefault("1s")
        Duration pollInterval();

        Retry retry();

        interface Retry {
            /** The first backoff step; each further step doubles, with jitter, up to max-delay. */
            @WithDefault("30s")
            Duration initialDelay();

            @WithDefault("PT6H")
            Duration maxDelay();

            /** How long a delivery is retried, and how long a subscription may fail before it is disabled. */
            @WithDefault("P3D")
            Duration maxAge();
        }
    }

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
