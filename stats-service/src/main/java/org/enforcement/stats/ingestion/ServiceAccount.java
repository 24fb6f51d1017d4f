package org.enforcement.stats.ingestion;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * stats-service's own access token, from the OIDC provider by the client-credentials grant (client
 * {@code stats-service}): role integrator, court {@code *}, which the event feeds answer with every court's events.
 * The token is reused until shortly before it expires (quarkus.oidc-client.refresh-token-time-skew).
 */
@ApplicationScoped
public class ServiceAccount {

    /** Never wait for the provider longer than one feed read may take. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcClient client;

    private final TokensHelper tokens = new TokensHelper();

    /** A valid access token; fails while the provider cannot be reached (the poll records it and tries again). */
    public String accessToken() {
        return tokens.getTokens(client).await().atMost(TIMEOUT).getAccessToken();
    }
}
