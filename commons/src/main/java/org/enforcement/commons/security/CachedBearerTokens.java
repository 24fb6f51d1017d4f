package org.enforcement.commons.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose bearer token {@link VerifiedTokens} holds is answered from its cache before quarkus-oidc's
 * mechanism runs, which resolves the tenant and decodes the token's claims (AccessTokenCredential asks whether the
 * token is opaque) on every request before any identity provider is asked: issue 18 measured that at 4-8 % of a
 * GET's CPU. Any other request (no token, a token not in the cache, another scheme) goes on to quarkus-oidc as
 * before. The identity still passes the augmentors (TokenLifetime) on every request.
 *
 * <p>Only in the plain setup the cache was made for: the {@code Authorization} header with the Bearer scheme and no
 * certificate binding (a bound token must be checked against the connection's certificate on every request).
 */
@ApplicationScoped
public class CachedBearerTokens implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer ";

    private final VerifiedTokens tokens;
    private final boolean plainBearer;

    @Inject
    CachedBearerTokens(VerifiedTokens tokens,
            @ConfigProperty(name = "quarkus.oidc.token.authorization-scheme", defaultValue = "Bearer") String scheme,
            @ConfigProperty(name = "quarkus.oidc.token.header") Optional<String> header,
            @ConfigProperty(name = "quarkus.oidc.token.binding.certificate", defaultValue = "false") boolean bound) {
        this.tokens = tokens;
        this.plainBearer = SCHEME.strip().equalsIgnoreCase(scheme) && header.isEmpty() && !bound;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = plainBearer ? bearerToken(context.request().headers()) : null;
        SecurityIdentity verified = token == null ? null : tokens.cached(token);
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new Request(verified), context));
    }

    /** The challenge is quarkus-oidc's. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    /** Before quarkus-oidc's mechanism. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    /**
     * The token of the one {@code Authorization: Bearer} header, else null. Only the very text the OIDC layer
     * verified is in the cache, so a header this reads otherwise than quarkus-oidc can only miss it.
     */
    static String bearerToken(MultiMap headers) {
        List<String> values = headers.getAll(HttpHeaders.AUTHORIZATION);
        if (values.size() != 1) {
            return null;
        }
        String value = values.get(0);
        if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return value.substring(SCHEME.length());
    }

    /** A token found in the cache, with what the OIDC layer answered for it. */
    static final class Request extends BaseAuthenticationRequest {

        final SecurityIdentity verified;

        Request(SecurityIdentity verified) {
            this.verified = verified;
        }
    }
}
