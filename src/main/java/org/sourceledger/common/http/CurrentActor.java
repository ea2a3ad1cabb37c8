package org.sourceledger.common.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Who is making the request, for created_by columns. Unauthenticated callers are recorded as "anonymous". */
@RequestScoped
public class CurrentActor {

    public static final String ANONYMOUS = "anonymous";

    /** Resolvable once an authentication mechanism is installed; until then every caller is anonymous. */
    @Inject
    Instance<SecurityIdentity> identity;

    public String name() {
        if (!identity.isResolvable()) {
            return ANONYMOUS;
        }
        SecurityIdentity current = identity.get();
        if (current.isAnonymous() || current.getPrincipal() == null) {
            return ANONYMOUS;
        }
        return current.getPrincipal().getName();
    }
}
