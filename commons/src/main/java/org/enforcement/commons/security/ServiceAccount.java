package org.enforcement.commons.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The service's own access token, from the OIDC provider by the client-credentials grant (quarkus.oidc-client.*):
 * role integrator, court {@code *}, for calls a service makes on its own behalf (operation-service's deliveries,
 * which name the court they act for in {@code X-Acting-Court}; stats-service's feed reads). Calls made for a user
 * carry the user's token instead. The token is reused until shortly before it expires
 * (quarkus.oidc-client.refresh-token-time-skew). case-service calls nobody on its own behalf and has the client
 * switched off.
 */
@ApplicationScoped
public class ServiceAccount {

    /** Never wait for the provider longer than one delivery attempt or feed read may take. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Looked up, not injected: case-service switches the client off, and then there is no OidcClient bean. */
    @Inject
    Instance<OidcClient> client;

    private final TokensHelper tokens = new TokensHelper();

    /** A valid access token; fails while the provider cannot be reached (the caller retries later). */
    public String accessToken() {
        return tokens.getTokens(client.get()).await().atMost(TIMEOUT).getAccessToken();
    }
}
