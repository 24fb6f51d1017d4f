package org.enforcement.operations.deliveries;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * operation-service's own access token, from the OIDC provider by the client-credentials grant (client
 * {@code operation-service}): role integrator, court {@code *}. Deliveries name the court they act for in
 * {@code X-Acting-Court}. The token is reused until shortly before it expires
 * (quarkus.oidc-client.refresh-token-time-skew).
 */
@ApplicationScoped
public class ServiceAccount {

    /** Never wait for the provider longer than one delivery attempt may take. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcClient client;

    private final TokensHelper tokens = new TokensHelper();

    /** A valid access token; fails (the attempt is retried later) while the provider cannot be reached. */
    public String accessToken() {
        return tokens.getTokens(client).await().atMost(TIMEOUT).getAccessToken();
    }
}
