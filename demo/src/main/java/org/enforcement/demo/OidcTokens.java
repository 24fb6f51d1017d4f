package org.enforcement.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tokens of the demo users from the OIDC provider (locally the Keycloak of run.sh, realm
 * {@code deploy/keycloak/enforcement-realm.json}): the password grant of a public client, one sign-in per user and
 * reused until shortly before it expires. The provider decides role and court, so each token is checked against
 * what the loader asked for: a realm that differs from the story fails here, not with a 403 halfway through.
 */
public final class OidcTokens implements Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The public client of the local realm that may use the password grant. */
    static final String DEFAULT_CLIENT_ID = "enforcement-cli";
    /** The demo users' password in the local realm (published: local use only). */
    static final String DEFAULT_PASSWORD = "enforcement-demo";
    /** A token this close to its expiry is not handed out again: a request may take that long. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final HttpClient client;
    private final String issuer;
    private final String clientId;
    private final String password;
    private final Clock clock;
    private final Map<String, Issued> cache = new HashMap<>();
    private String tokenEndpoint;

    private record Issued(String token, long expiresAt) {
    }

    public OidcTokens(HttpClient client, String issuer, String clientId, String password, Clock clock) {
        this.client = client;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.clientId = clientId;
        this.password = password;
        this.clock = clock;
    }

    @Override
    public synchronized String token(String user, String role, String court) {
        String key = user + '|' + role + '|' + court;
        Issued issued = cache.get(key);
        if (issued == null || clock.instant().plus(RENEW_BEFORE_EXPIRY).getEpochSecond() >= issued.expiresAt()) {
            issued = signIn(user, role, court);
            cache.put(key, issued);
        }
        return issued.token();
    }

    private Issued signIn(String user, String role, String court) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", user);
        form.put("password", password);
        form.put("scope", "openid");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
        JsonNode body = lenientJson(response.body());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(issuer + " refused a token for " + user + " (HTTP " + response.statusCode()
                    + "): " + body.path("error_description").asText(body.path("error").asText(response.body())));
        }
        String token = body.path("access_token").asText();
        JsonNode claims = claims(token);
        boolean hasRole = false;
        for (JsonNode group : claims.path("groups")) {
            hasRole |= role.equals(group.asText());
        }
        if (!hasRole || !court.equals(claims.path("court").asText())) {
            throw new IllegalStateException("the provider's token for " + user + " is not " + role + " at court "
                    + court + " (groups " + claims.path("groups") + ", court " + claims.path("court")
                    + "): import deploy/keycloak/enforcement-realm.json again");
        }
        return new Issued(token, claims.path("exp").asLong());
    }

    /** The token endpoint from the discovery document, read once. */
    private String tokenEndpoint() {
        if (tokenEndpoint == null) {
            String discovery = issuer + "/.well-known/openid-configuration";
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(discovery))
                    .header("Accept", "application/json").GET());
            String endpoint = response.statusCode() == 200
                    ? lenientJson(response.body()).path("token_endpoint").asText() : "";
            if (endpoint.isEmpty()) {
                throw new IllegalStateException(discovery + " is no OIDC discovery document (HTTP "
                        + response.statusCode() + "); check --oidc-url / OIDC_AUTH_SERVER_URL");
            }
            tokenEndpoint = endpoint;
        }
        return tokenEndpoint;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpTimeoutException e) {
            throw new IllegalStateException("No OIDC provider answers at " + issuer + " (is Keycloak running? run.sh"
                    + " starts it; or set --oidc-url / OIDC_AUTH_SERVER_URL)", e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the OIDC provider " + issuer + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + issuer + " for a token", e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The payload of a JWT, read without verifying it: the services verify it, this only checks what it says. */
    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalStateException("the provider answered with no JWT access token");
        }
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** The answer as JSON, or a missing node when it is none (an error page of a proxy, say). */
    private static JsonNode lenientJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("the provider answered with no JSON: " + text, e);
        }
    }
}
