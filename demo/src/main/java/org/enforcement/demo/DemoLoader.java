package org.enforcement.demo;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the demo data of DOMAIN.md through the public HTTP APIs of case-, operation- and stats-service. Safe to run
 * again: what exists is found, not created twice, and a run cut off halfway is completed by the next.
 *
 * <pre>
 * java -jar demo/target/enforcement-demo.jar [--case-url URL] [--operation-url URL] [--stats-url URL]
 *     [--oidc-url REALM-URL | --key PEM]
 * </pre>
 * Tokens: with {@code --oidc-url} (or env OIDC_AUTH_SERVER_URL) the demo users sign in at that OIDC provider (password
 * grant of client OIDC_CLI_CLIENT_ID, default enforcement-cli, password DEMO_PASSWORD, default enforcement-demo), as
 * run.sh does with its Keycloak; otherwise they are signed with the development key ({@code --key}, env
 * DEMO_PRIVATE_KEY, default deploy/dev-keys/jwt-private.pem; JWT_ISSUER, JWT_AUDIENCE), for tests.
 * Environment: CASE_SERVICE_URL, OPERATION_SERVICE_URL, STATS_SERVICE_URL (defaults http://localhost:8081, 8082,
 * 8083).
 */
public final class DemoLoader {

    /**
     * Where the services are and where the tokens come from: the OIDC provider at {@code oidcUrl} when it is set
     * (then {@code privateKey}, {@code issuer} and {@code audience} are unused), else signed with {@code privateKey}.
     */
    public record Settings(String caseUrl, String operationUrl, String statsUrl, Path privateKey, String issuer,
                           String audience, String oidcUrl, String oidcClientId, String password) {

        /** Tokens signed with the development key. */
        public Settings(String caseUrl, String operationUrl, String statsUrl, Path privateKey, String issuer,
                        String audience) {
            this(caseUrl, operationUrl, statsUrl, privateKey, issuer, audience, null, null, null);
        }
    }

    /** What one run did. */
    public record Outcome(int created, int found, String summary) {
    }

    private DemoLoader() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = settings(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.err.println("usage: java -jar enforcement-demo.jar [--case-url URL] [--operation-url URL]"
                    + " [--stats-url URL] [--oidc-url http://localhost:8180/realms/enforcement"
                    + " | --key jwt-private.pem]");
            System.exit(2);
            return;
        }
        try {
            run(settings, System.out);
        } catch (RuntimeException e) {
            System.err.println("demo: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads everything; throws (with the exact request and answer) when a service refuses a step. */
    public static Outcome run(Settings settings, PrintStream out) {
        // HTTP/1.1 as curl and integrators speak it: the JDK client's default (an h2c upgrade on the first request of
        // a connection) once left a loader request waiting with no connection open at all.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Tokens tokens = settings.oidcUrl() != null
                ? new OidcTokens(client, settings.oidcUrl(), settings.oidcClientId(), settings.password(),
                        Clock.systemUTC())
                : new DevTokens(settings.privateKey(), settings.issuer(), settings.audience());
        Demo demo = new Demo(new Services(client, settings.caseUrl(), settings.operationUrl(), settings.statsUrl()),
                tokens, out);
        out.println("Loading the demo data into " + settings.caseUrl() + ", " + settings.operationUrl() + ", "
                + settings.statsUrl()
                + (settings.oidcUrl() != null ? " (tokens from " + settings.oidcUrl() + ")" : ""));
        new Campaigns(demo).load();
        new Huaiyin(demo).load();
        new Liangzhou(demo).load();
        String summary = demo.tally().summary();
        out.println("Demo data loaded: " + summary);
        return new Outcome(demo.tally().created(), demo.tally().found(), summary);
    }

    static Settings settings(String[] args, Map<String, String> env) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + name);
            }
            options.put(name.substring(2), args[++i]);
        }
        for (String name : options.keySet()) {
            if (!Map.of("case-url", 1, "operation-url", 1, "stats-url", 1, "key", 1, "oidc-url", 1).containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        String caseUrl = options.getOrDefault("case-url", env.getOrDefault("CASE_SERVICE_URL",
                "http://localhost:8081"));
        String operationUrl = options.getOrDefault("operation-url", env.getOrDefault("OPERATION_SERVICE_URL",
                "http://localhost:8082"));
        String statsUrl = options.getOrDefault("stats-url", env.getOrDefault("STATS_SERVICE_URL",
                "http://localhost:8083"));
        if (options.containsKey("oidc-url") && options.containsKey("key")) {
            throw new IllegalArgumentException("--oidc-url and --key exclude each other: tokens come from the"
                    + " provider or are signed with the key");
        }
        // An explicit --key wins over an OIDC_AUTH_SERVER_URL left in the environment.
        String oidcUrl = options.containsKey("key") ? null
                : options.getOrDefault("oidc-url", blankToNull(env.get("OIDC_AUTH_SERVER_URL")));
        if (oidcUrl != null) {
            if (!oidcUrl.startsWith("http://") && !oidcUrl.startsWith("https://")) {
                throw new IllegalArgumentException("the OIDC provider must be an http(s) URL of the realm: " + oidcUrl);
            }
            return new Settings(caseUrl, operationUrl, statsUrl, null, null, null, oidcUrl,
                    env.getOrDefault("OIDC_CLI_CLIENT_ID", OidcTokens.DEFAULT_CLIENT_ID),
                    env.getOrDefault("DEMO_PASSWORD", OidcTokens.DEFAULT_PASSWORD));
        }
        Path key = Path.of(options.getOrDefault("key", env.getOrDefault("DEMO_PRIVATE_KEY", defaultKey())));
        if (!Files.isReadable(key)) {
            throw new IllegalArgumentException("private key not readable: " + key + " (--key or DEMO_PRIVATE_KEY)");
        }
        return new Settings(caseUrl, operationUrl, statsUrl, key,
                env.getOrDefault("JWT_ISSUER", DevTokens.DEFAULT_ISSUER),
                env.getOrDefault("JWT_AUDIENCE", DevTokens.DEFAULT_AUDIENCE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** deploy/dev-keys/jwt-private.pem from the repository root or from a module directory. */
    private static String defaultKey() {
        for (String candidate : new String[] {"deploy/dev-keys/jwt-private.pem", "../deploy/dev-keys/jwt-private.pem"}) {
            if (Files.isReadable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "deploy/dev-keys/jwt-private.pem";
    }
}
