package org.sourceledger.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;

/** Refuses an unsafe configuration at start, and turns SOURCELEDGER_BOOTSTRAP_ADMIN_KEY into the first admin key. */
@ApplicationScoped
public class SecurityStartup {

    static final Set<String> LOCAL_PROFILES = Set.of("dev", "test", "embedded");
    static final int MIN_BOOTSTRAP_KEY_LENGTH = 32;
    static final String BOOTSTRAP_KEY_NAME = "bootstrap-admin";
    /** Serialises bootstrap across instances starting together (any constant distinct from other advisory locks). */
    private static final long BOOTSTRAP_LOCK = 0x536c426f6f74L;

    private static final Logger LOG = Logger.getLogger(SecurityStartup.class);

    void onStart(
            @Observes StartupEvent event,
            SourceLedgerConfig config,
            ApiKeyService service,
            ApiKeyRepository keys,
            EntityManager entityManager) {
        requireLocalProfileFor(
                config.developmentKey().filter(key -> !key.isBlank()).isPresent(), "sourceledger.development-key");
        config.bootstrapAdminKey()
                .filter(key -> !key.isBlank())
                .ifPresent(key -> bootstrap(key, service, keys, entityManager));
    }

    /** A setting meant for a developer's machine must never be active anywhere else. */
    static void requireLocalProfileFor(boolean set, String property) {
        requireLocalProfileFor(set, property, ConfigUtils.getProfiles());
    }

    static void requireLocalProfileFor(boolean set, String property, List<String> profiles) {
        if (set && profiles.stream().noneMatch(LOCAL_PROFILES::contains)) {
            throw new IllegalStateException(property + " is set, but it is only allowed in the dev, embedded and test "
                    + "profiles; the active profiles are " + profiles + ". Remove it.");
        }
    }

    private static void bootstrap(
            String secret, ApiKeyService service, ApiKeyRepository keys, EntityManager entityManager) {
        if (secret.strip().length() < MIN_BOOTSTRAP_KEY_LENGTH) {
            throw new IllegalStateException("SOURCELEDGER_BOOTSTRAP_ADMIN_KEY must be at least "
                    + MIN_BOOTSTRAP_KEY_LENGTH + " characters; generate one with: openssl rand -base64 32");
        }
        String key = secret.strip();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("SELECT pg_advisory_xact_lock(" + BOOTSTRAP_LOCK + ")")
                    .getSingleResult();
            var now = Timestamps.now();
            if (keys.countActive(Role.ADMIN, now) > 0) {
                return;
            }
            if (keys.findByHash(ApiKeySecrets.hash(key)).isPresent()) {
                LOG.warn("SOURCELEDGER_BOOTSTRAP_ADMIN_KEY names a key that was revoked or has expired, and no ADMIN "
                        + "key is active; set a new value to bootstrap again.");
                return;
            }
            String name = keys.nameTaken(BOOTSTRAP_KEY_NAME)
                    ? BOOTSTRAP_KEY_NAME + "-" + now.getEpochSecond()
                    : BOOTSTRAP_KEY_NAME;
            service.store(name, Role.ADMIN, key, null, "SOURCELEDGER_BOOTSTRAP_ADMIN_KEY", now);
            LOG.infof("No active ADMIN key existed; stored SOURCELEDGER_BOOTSTRAP_ADMIN_KEY as API key '%s'.", name);
        });
    }
}
