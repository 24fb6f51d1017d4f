package org.enforcement.commons.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The identity of a request {@link CachedBearerTokens} found in the cache: the cached one, for this request. */
@ApplicationScoped
public class CachedBearerIdentities implements IdentityProvider<CachedBearerTokens.Request> {

    @Override
    public Class<CachedBearerTokens.Request> getRequestType() {
        return CachedBearerTokens.Request.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CachedBearerTokens.Request request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(VerifiedTokens.forThisRequest(request.verified, request, context));
    }
}
