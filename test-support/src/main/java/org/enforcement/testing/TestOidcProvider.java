package org.enforcement.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * A small OpenID Connect provider for tests, so no test needs Keycloak: on a free port of 127.0.0.1 it serves the
 * discovery document, a JWKS and a token endpoint for the client-credentials grant, at Keycloak's paths under
 * {@code /realms/enforcement}. It signs with the published development key pair of {@code deploy/dev-keys} (kid
 * {@value #DEV_KEY_ID}; tests only) and answers the service accounts {@link #CLIENTS} with a token like Keycloak's:
 * groups {@code [integrator]}, court {@code *} and a {@code client_id} claim.
 *
 * <p>As a Quarkus test resource it points {@code quarkus.oidc} and {@code quarkus.oidc-client} at itself. Tests
 * change its keys only over HTTP ({@link #publish}), so it works from any class loader and from other processes.
 */
public class TestOidcProvider implements QuarkusTestResourceLifecycleManager {

    public static final String REALM_PATH = "/realms/enforcement";
    public static final String DEV_KEY_ID = "enforcement-dev";
    public static final String AUDIENCE = "enforcement";
    /** The service accounts and their secrets: the services' %dev and %test defaults of OIDC_CLIENT_SECRET. */
    public static final Map<String, String> CLIENTS = Map.of(
            "operation-service", "operation-service-dev-secret",
            "stats-service", "stats-service-dev-secret");
    static final long SERVICE_TOKEN_SECONDS = 300;

    private HttpServer server;
    private final List<JsonWebKey> published = new CopyOnWriteArrayList<>();
    private RsaJsonWebKey signingKey;

    @Override
    public Map<String, String> start() {
        startServer();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", issuer());
        config.put("quarkus.oidc-client.auth-server-url", issuer());
        return config;
    }

    /** Starts serving (outside Quarkus, e.g. for services started as processes); {@link #issuer()} then answers. */
    public void startServer() {
        try {
            signingKey = DevKeys.pair();
            published.add(PublicJsonWebKey.Factory.newPublicJwk(signingKey.getPublicKey()));
            published.get(0).setKeyId(DEV_KEY_ID);
            published.get(0).setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            published.get(0).setUse("sig");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("Cannot start the test OIDC provider", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-oidc-provider");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> respond(exchange, 200,
                discovery()));
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> respond(exchange, 200,
                jwks()));
        server.createContext(REALM_PATH + "/protocol/openid-connect/token", this::token);
        server.createContext("/test/keys", this::publishKey);
        server.start();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The issuer, also the base of every endpoint, e.g. {@code http://127.0.0.1:41234/realms/enforcement}. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    /**
     * Adds a public key to the JWKS of the provider whose issuer is {@code issuer}, as a provider does when it
     * rotates its keys. Services learn of it only by fetching the JWKS again.
     */
    public static void publish(String issuer, PublicJsonWebKey key) {
        ProviderKeyChanges.send(issuer, HttpRequest.BodyPublishers.ofString(
                key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)), "POST", "");
    }

    /**
     * Takes the key {@code kid} out of the JWKS of the provider whose issuer is {@code issuer}, as a provider does when
     * it revokes a key. Services learn of it only by fetching the JWKS again.
     */
    public static void revoke(String issuer, String kid) {
        ProviderKeyChanges.send(issuer, HttpRequest.BodyPublishers.noBody(), "DELETE",
                "?kid=" + URLEncoder.encode(kid, StandardCharsets.UTF_8));
    }

    private Map<String, Object> discovery() {
        String base = issuer() + "/protocol/openid-connect";
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer());
        document.put("jwks_uri", base + "/certs");
        document.put("token_endpoint", base + "/token");
        document.put("grant_types_supported", List.of("client_credentials"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return document;
    }

    private Map<String, Object> jwks() {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (JsonWebKey key : published) {
            keys.add(key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        }
        return Map.of("keys", keys);
    }

    /**
     * The courts a client may act for, as the realm's hardcoded claim gives them: operation-service delivers for
     * Jiangsu, Gansu and the test courts (测).
     */
    static java.util.Optional<List<String>> servedCourts(String clientId) {
        return "operation-service".equals(clientId) ? java.util.Optional.of(List.of("苏", "甘", "测"))
                : java.util.Optional.empty();
    }

    /** The client-credentials grant, with the client's id and secret in Basic auth or in the form. */
    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, Map.of("error", "invalid_request"));
            return;
        }
        Map<String, String> form = form(readBody(exchange));
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(basic.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            clientId = URLDecoder.decode(decoded.substring(0, Math.max(colon, 0)), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        }
        if (clientId == null || secret == null || !secret.equals(CLIENTS.get(clientId))) {
            respond(exchange, 401, Map.of("error", "invalid_client", "error_description", "Invalid client credentials"));
            return;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, Map.of("error", "unsupported_grant_type"));
            return;
        }
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("aud", AUDIENCE);
        claims.put("sub", UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("preferred_username", "service-account-" + clientId);
        claims.put("client_id", clientId);
        claims.put("azp", clientId);
        claims.put("groups", List.of("integrator"));
        claims.put("court", "*");
        servedCourts(clientId).ifPresent(served -> claims.put("served_courts", served));
        claims.put("iat", now);
        claims.put("exp", now + SERVICE_TOKEN_SECONDS);
        claims.put("jti", UUID.randomUUID().toString());
        respond(exchange, 200, Map.of("access_token", DevKeys.sign(claims, signingKey.getPrivateKey(), DEV_KEY_ID),
                "token_type", "Bearer", "expires_in", SERVICE_TOKEN_SECONDS));
    }

    private void publishKey(HttpExchange exchange) throws IOException {
        if ("DELETE".equals(exchange.getRequestMethod())) {
            String kid = form(String.valueOf(exchange.getRequestURI().getRawQuery())).get("kid");
            if (kid == null || !published.removeIf(key -> kid.equals(key.getKeyId()))) {
                respond(exchange, 404, Map.of("error", "no such key"));
                return;
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        try {
            JsonWebKey key = JsonWebKey.Factory.newJwk(readBody(exchange));
            if (key.getKeyId() == null) {
                respond(exchange, 400, Map.of("error", "the key needs a kid"));
                return;
            }
            published.add(key);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } catch (JoseException e) {
            respond(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JsonUtil.toJson(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
