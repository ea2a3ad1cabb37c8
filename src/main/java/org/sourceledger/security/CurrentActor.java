package org.sourceledger.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** Who is making the request: the API key's name goes into created_by columns and audit history. */
@RequestScoped
public class CurrentActor {

    /** Work done outside any request (startup, scheduled jobs). */
    public static final String SYSTEM = "system";

    @Inject
    Instance<SecurityIdentity> identity;

    public Optional<AuthenticatedKey> key() {
        if (!identity.isResolvable()) {
            return Optional.empty();
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous()
                ? Optional.empty()
                : Optional.ofNullable(current.getAttribute(AuthenticatedKey.ATTRIBUTE));
    }

    public String name() {
        return key().map(AuthenticatedKey::name).orElse(SYSTEM);
    }
}
