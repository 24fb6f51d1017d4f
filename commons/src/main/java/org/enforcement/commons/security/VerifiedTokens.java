package org.enforcement.commons.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.http.edge.ControlCharacters;
import org.jboss.logging.Logger;

/**
 * Verifies a bearer token once, not on every request: asks quarkus-oidc (signature against the provider's keys,
 * issuer, audience, exp, iat) the first time a token is seen and answers the same token from {@link
 * VerifiedTokenCache} until its exp. Issue 18 found the signature check and the JSON parsing took a third of the CPU
 * of a GET; quarkus-oidc caches only introspection and UserInfo answers, not locally verified JWTs.
 *
 * <p>A token is cached only if its claims are clean ({@link TokenClaims}, judged here once per verification); the
 * augmentors (TokenLifetime) still judge every request. {@link CachedBearerTokens} answers a cached token before
 * quarkus-oidc's mechanism looks at it. The per-request attributes of the identity (routing context, request
 * context) are the current request's.
 * {@code enforcement.token.cache-size} bounds the tokens kept (0 turns the cache off).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(VerifiedTokens.class);

    private final OidcIdentityProvider oidc;
    private final VerifiedTokenCache<SecurityIdentity> cache;

    @Inject
    VerifiedTokens(OidcIdentityProvider oidc,
            @ConfigProperty(name = "enforcement.token.cache-size", defaultValue = "1000") int capacity) {
        this.oidc = oidc;
        // Real time, as the OIDC layer judges exp (why: TokenLifetime).
        this.cache = new VerifiedTokenCache<>(capacity, () -> TokenLifetime.REAL_TIME.instant().getEpochSecond());
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider, which answers every token this one does not. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        SecurityIdentity verified = cache.get(token);
        if (verified != null) {
            return Uni.createFrom().item(forThisRequest(verified, request, context));
        }
        VerifiedTokenCache.Verification verification = cache.start(keyId(token));
        return Uni.createFrom().deferred(() -> oidc.authenticate(request, context))
                .onItem().transformToUni(VerifiedTokens::withCleanClaims)
                .onTermination().invoke((identity, failure, cancelled) -> cache.end(verification, token,
                        failure == null && !cancelled ? identity : null, expiresAt(identity)));
    }

    /** The identity if its token's claims are clean (TokenClaims), else the refusal: never cached, as any refusal. */
    private static Uni<SecurityIdentity> withCleanClaims(SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            String claim = TokenClaims.refusedClaim(jwt);
            if (claim != null) {
                LOG.warnf("Refused a token of %s: claim '%s' holds a control character",
                        ControlCharacters.contains(jwt.getName()) ? "?" : jwt.getName(), claim);
                return Uni.createFrom().failure(new AuthenticationFailedException(
                        "A token claim holds a control character"));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** The verified identity of exactly this token, or null when it is not in the cache (or has expired). */
    SecurityIdentity cached(String token) {
        return cache.get(token);
    }

    static SecurityIdentity forThisRequest(SecurityIdentity verified, AuthenticationRequest request,
            AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(verified)
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            builder.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return builder.build();
    }

    /** The kid of the token's JOSE header, or null when there is none or the header is not JSON. */
    static String keyId(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            return new JsonObject(header).getValue("kid") instanceof String kid ? kid : null;
        } catch (RuntimeException notAHeader) {
            return null;
        }
    }

    private static long expiresAt(SecurityIdentity identity) {
        return identity != null && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getExpirationTime() : 0;
    }
}
