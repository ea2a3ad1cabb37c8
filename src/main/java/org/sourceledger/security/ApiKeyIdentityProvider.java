package org.sourceledger.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a presented key into an identity whose roles are the key's role and every role below it. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiKeyAuthenticator authenticator;

    public ApiKeyIdentityProvider(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String presented = request.getToken().getToken();
        // Most requests carry a key seen moments ago: answer without a worker thread or a transaction.
        var remembered = authenticator.fromMemory(presented);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(identityOf(remembered.get()));
        }
        return context.runBlocking(() -> authenticator
                .fromDatabase(presented)
                .map(ApiKeyIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, expired or revoked API key")));
    }

    private static SecurityIdentity identityOf(AuthenticatedKey key) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.name()))
                .addRoles(key.role().grantedSecurityRoles())
                .addAttribute(AuthenticatedKey.ATTRIBUTE, key)
                .build();
    }
}
