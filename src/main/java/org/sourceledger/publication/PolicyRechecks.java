package org.sourceledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Re-checks each published story at most once per transaction, just before it commits, however many of its claims
 * the transaction changed (a report's provenance can move the figures of many claims of one story at once). The
 * re-check runs inside the transaction, so its VIOLATED mark and event commit or roll back with the change.
 */
@ApplicationScoped
class PolicyRechecks {

    private static final Object KEY = PolicyRechecks.class;

    private final TransactionSynchronizationRegistry registry;
    private final PublicationService publication;

    PolicyRechecks(TransactionSynchronizationRegistry registry, PublicationService publication) {
        this.registry = registry;
        this.publication = publication;
    }

    @SuppressWarnings("unchecked")
    void schedule(UUID storyId) {
        Set<UUID> pending = (Set<UUID>) registry.getResource(KEY);
        if (pending == null) {
            Set<UUID> stories = new LinkedHashSet<>();
            registry.putResource(KEY, stories);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (registry.getRollbackOnly()) {
                        return;
                    }
                    // A re-check may change the transaction further, but never adds a story to re-check.
                    for (UUID story : Set.copyOf(stories)) {
                        publication.recheck(story);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing to release
                }
            });
            pending = stories;
        }
        pending.add(storyId);
    }
}
