package org.sourceledger.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sourceledger.security.ApiKeyChanged;

/** Records API key changes in the feed: names, roles and prefixes only, never a key (security fires them). */
@ApplicationScoped
class ApiKeyEvents {

    private final ChangeEvents events;

    ApiKeyEvents(ChangeEvents events) {
        this.events = events;
    }

    void record(@Observes ApiKeyChanged change) {
        var resource = ChangeEvents.Resource.of("api_key", change.id(), change.version(), "/api-keys/" + change.id());
        // Every READER reads the feed: it learns a key's name, role and state, not even its prefix.
        var changes = events.diff(change.before(), change.after());
        changes.remove("key_prefix");
        switch (change.change()) {
            case ISSUED -> events.record(EventTypes.API_KEY_CREATED, resource, changes);
            case REVOKED -> events.record(EventTypes.API_KEY_REVOKED, resource, changes);
        }
    }
}
