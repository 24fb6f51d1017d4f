package org.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link OidcTokens} against a provider on a local port that answers like Keycloak's realm endpoints. */
class OidcTokensTest {

    private static final long LIFETIME = 3600;
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final HttpClient client = HttpClient.newHttpClient();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T01:00:00Z"));
    private final List<Map<String, String>> tokenRequests = new ArrayList<>();
    private HttpServer provider;
    private String realm;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + provider.getAddress().getPort();
        realm = base + "/realms/enforcement";
        provider.createContext("/realms/enforcement/.well-known/openid-configuration", exchange -> answer(exchange,
                200, "{\"issuer\":\"" + realm + "\",\"token_endpoint\":\"" + realm
                        + "/protocol/openid-connect/token\"}"));
        provider.createContext("/realms/enforcement/protocol/openid-connect/token", this::token);
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    /** The realm of the story in small: judge.chen is a judge of 苏0804, password enforcement-demo. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] nameValue = pair.split("=", 2);
            form.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        tokenRequests.add(form);
        if (!"judge.chen".equals(form.get("username")) || !"enforcement-demo".equals(form.get("password"))) {
            answer(exchange, 401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
            return;
        }
        long now = clock.instant().getEpochSecond();
        String claims = "{\"preferred_username\":\"judge.chen\",\"groups\":[\"judge\"],\"court\":\"苏0804\",\"iat\":"
                + now + ",\"exp\":" + (now + LIFETIME) + ",\"n\":" + tokenRequests.size() + "}";
        String jwt = B64URL.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
        answer(exchange, 200, "{\"access_token\":\"" + jwt + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + LIFETIME + "}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private OidcTokens tokens(String password) {
        return new OidcTokens(client, realm + "/", "enforcement-cli", password, clock);
    }

    @Test
    void shouldSignInTheUserWithThePasswordGrantOfThePublicClient() {
        String token = tokens("enforcement-demo").token("judge.chen", "judge", "苏0804");

        assertThat(OidcTokens.claims(token).path("preferred_username").asText()).isEqualTo("judge.chen");
        assertThat(tokenRequests).singleElement().isEqualTo(Map.of("grant_type", "password", "client_id",
                "enforcement-cli", "username", "judge.chen", "password", "enforcement-demo", "scope", "openid"));
    }

    @Test
    void shouldReuseATokenUntilAMinuteBeforeItExpires() {
        OidcTokens tokens = tokens("enforcement-demo");
        String first = tokens.token("judge.chen", "judge", "苏0804");
        clock.advance(LIFETIME - 61);
        assertThat(tokens.token("judge.chen", "judge", "苏0804")).isEqualTo(first);
        assertThat(tokenRequests).hasSize(1);

        clock.advance(1);
        assertThat(tokens.token("judge.chen", "judge", "苏0804")).isNotEqualTo(first);
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void shouldRefuseATokenOfAnotherRoleOrCourtThanTheStoryNeeds() {
        OidcTokens tokens = tokens("enforcement-demo");
        assertThatThrownBy(() -> tokens.token("judge.chen", "judge", "甘0602"))
                .hasMessageContaining("token for judge.chen is not judge at court 甘0602")
                .hasMessageContaining("court \"苏0804\"");
        assertThatThrownBy(() -> tokens.token("judge.chen", "director", "苏0804"))
                .hasMessageContaining("is not director at court 苏0804");
    }

    @Test
    void shouldSayWhatTheProviderAnswersWhenItRefusesTheCredentials() {
        assertThatThrownBy(() -> tokens("wrong").token("judge.chen", "judge", "苏0804"))
                .hasMessageContaining("refused a token for judge.chen (HTTP 401): Invalid user credentials");
    }

    @Test
    void shouldSayWhenNoProviderAnswersOrTheUrlIsNoRealm() {
        String elsewhere = realm;
        provider.stop(0);
        assertThatThrownBy(() -> new OidcTokens(client, elsewhere, "enforcement-cli", "x", clock)
                .token("judge.chen", "judge", "苏0804"))
                .hasMessageContaining("No OIDC provider answers at " + elsewhere);
    }

    @Test
    void shouldSayWhenTheUrlIsNoRealm() {
        String notARealm = realm.replace("/realms/enforcement", "/realms/nope");
        assertThatThrownBy(() -> new OidcTokens(client, notARealm, "enforcement-cli", "x", clock)
                .token("judge.chen", "judge", "苏0804"))
                .hasMessageContaining(notARealm + "/.well-known/openid-configuration is no OIDC discovery document"
                        + " (HTTP 404)");
    }

    @Test
    void shouldTakeTheProviderFromTheOptionOrTheEnvironmentUnlessAKeyIsGiven() {
        DemoLoader.Settings option = DemoLoader.settings(new String[] {"--oidc-url", realm}, Map.of());
        assertThat(option.oidcUrl()).isEqualTo(realm);
        assertThat(option.oidcClientId()).isEqualTo("enforcement-cli");
        assertThat(option.password()).isEqualTo("enforcement-demo");
        assertThat(option.privateKey()).isNull();

        DemoLoader.Settings env = DemoLoader.settings(new String[0], Map.of("OIDC_AUTH_SERVER_URL", realm,
                "DEMO_PASSWORD", "secret", "OIDC_CLI_CLIENT_ID", "cli"));
        assertThat(env.oidcUrl()).isEqualTo(realm);
        assertThat(env.oidcClientId()).isEqualTo("cli");
        assertThat(env.password()).isEqualTo("secret");

        String key = SystemUnderTest.repositoryRoot().resolve("deploy/dev-keys/jwt-private.pem").toString();
        DemoLoader.Settings signed = DemoLoader.settings(new String[] {"--key", key},
                Map.of("OIDC_AUTH_SERVER_URL", realm));
        assertThat(signed.oidcUrl()).isNull();
        assertThat(signed.privateKey()).hasToString(key);
    }

    @Test
    void shouldRefuseBothSourcesAtOnceAndAProviderThatIsNoUrl() {
        assertThatThrownBy(() -> DemoLoader.settings(new String[] {"--oidc-url", realm, "--key", "k.pem"}, Map.of()))
                .hasMessageContaining("--oidc-url and --key exclude each other");
        assertThatThrownBy(() -> DemoLoader.settings(new String[] {"--oidc-url", "localhost:8180"}, Map.of()))
                .hasMessageContaining("must be an http(s) URL");
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
