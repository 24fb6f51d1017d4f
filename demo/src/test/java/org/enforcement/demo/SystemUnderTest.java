package org.enforcement.demo;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.testing.PackagedService;
import org.enforcement.testing.TestOidcProvider;

/**
 * The three packaged services as child processes on free ports, each with a database of its own that is dropped and
 * created afresh: case-service, operation-service (which calls case-service) and stats-service (which reads both
 * feeds every second). They trust the test OIDC provider started here (the development key, kid
 * {@value TestOidcProvider#DEV_KEY_ID}), and operation-service and stats-service get their service-account tokens
 * from it. Logs go to {@code demo/target/systest/<service>.log}.
 */
final class SystemUnderTest implements AutoCloseable {

    // Overridable (system property or environment variable) so that two people can run the system test on one
    // PostgreSQL at the same time: e.g. -Dsystest.case-db=enforcement_case_systest_mine or SYSTEST_CASE_DB=...
    static final String CASE_DB = databaseName("systest.case-db", "SYSTEST_CASE_DB", "enforcement_case_systest");
    static final String OPERATION_DB = databaseName("systest.operation-db", "SYSTEST_OPERATION_DB",
            "enforcement_operation_systest");
    static final String STATS_DB = databaseName("systest.stats-db", "SYSTEST_STATS_DB", "enforcement_stats_systest");

    private final Path root;
    private final Path logs;
    private final List<PackagedService> services = new ArrayList<>();
    private final TestOidcProvider identityProvider = new TestOidcProvider();
    final int casePort;
    final int operationPort;
    final int statsPort;
    /** Health, metrics and the OpenAPI document are on each service's management port. */
    final int caseManagementPort;
    final int operationManagementPort;
    final int statsManagementPort;

    SystemUnderTest(Path root) throws IOException {
        this.root = root;
        this.logs = root.resolve("demo/target/systest");
        Files.createDirectories(logs);
        this.casePort = freePort();
        this.operationPort = freePort();
        this.statsPort = freePort();
        this.caseManagementPort = freePort();
        this.operationManagementPort = freePort();
        this.statsManagementPort = freePort();
        // Should the test JVM be stopped before @AfterAll, the services must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-services"));
    }

    String caseUrl() {
        return "http://localhost:" + casePort;
    }

    String operationUrl() {
        return "http://localhost:" + operationPort;
    }

    String statsUrl() {
        return "http://localhost:" + statsPort;
    }

    String statsManagementUrl() {
        return "http://localhost:" + statsManagementPort;
    }

    /** The issuer of the tokens the services accept: the test OIDC provider. */
    String issuer() {
        return identityProvider.issuer();
    }

    /** A token of {@code clientId}'s service account by the client-credentials grant, as the services get theirs. */
    String serviceAccountToken(String clientId) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + TestOidcProvider.CLIENTS.get(clientId))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        issuer() + "/protocol/openid-connect/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The test OIDC provider refused " + clientId + ": " + response.body());
        }
        return Api.JSON.readTree(response.body()).path("access_token").asText();
    }

    Path privateKey() {
        return root.resolve("deploy/dev-keys/jwt-private.pem");
    }

    /** The packaged service, or a failure that says how to build it. */
    Path jar(String service) {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package first (or ./mvnw verify, which"
                    + " packages the services before this test)");
        }
        return jar;
    }

    void start() throws Exception {
        Path caseJar = jar("case-service");
        Path operationJar = jar("operation-service");
        Path statsJar = jar("stats-service");
        recreateDatabases();
        identityProvider.startServer();
        Map<String, String> common = new LinkedHashMap<>();
        common.put("OIDC_AUTH_SERVER_URL", identityProvider.issuer());
        common.put("OIDC_AUDIENCE", TestOidcProvider.AUDIENCE);
        common.put("CASE_SERVICE_PORT", String.valueOf(casePort));
        common.put("OPERATION_SERVICE_PORT", String.valueOf(operationPort));
        common.put("STATS_SERVICE_PORT", String.valueOf(statsPort));
        common.put("CASE_SERVICE_MANAGEMENT_PORT", String.valueOf(caseManagementPort));
        common.put("OPERATION_SERVICE_MANAGEMENT_PORT", String.valueOf(operationManagementPort));
        common.put("STATS_SERVICE_MANAGEMENT_PORT", String.valueOf(statsManagementPort));
        common.put("CASE_SERVICE_URL", caseUrl());
        common.put("OPERATION_SERVICE_URL", operationUrl());
        common.put("STATS_INGEST_POLL_EVERY", "1s");
        common.put("DELIVERY_POLL_EVERY", "1s");
        launch("case-service", caseJar, CASE_DB, common);
        launch("operation-service", operationJar, OPERATION_DB, serviceAccount(common, "operation-service"));
        launch("stats-service", statsJar, STATS_DB, serviceAccount(common, "stats-service"));
        awaitReady(caseManagementPort, 0);
        awaitReady(operationManagementPort, 1);
        awaitReady(statsManagementPort, 2);
    }

    /** {@code env} with the client id and secret of the service's account at the test OIDC provider. */
    private static Map<String, String> serviceAccount(Map<String, String> env, String clientId) {
        Map<String, String> withAccount = new LinkedHashMap<>(env);
        withAccount.put("OIDC_CLIENT_ID", clientId);
        withAccount.put("OIDC_CLIENT_SECRET", TestOidcProvider.CLIENTS.get(clientId));
        return withAccount;
    }

    private void launch(String name, Path jar, String database, Map<String, String> env) throws IOException {
        Map<String, String> withDatabase = new LinkedHashMap<>(env);
        withDatabase.put("DB_NAME", database);
        services.add(PackagedService.start(name, jar, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), withDatabase,
                root, log(name)));
    }

    Path log(String name) {
        return logs.resolve(name + ".log");
    }

    /** Waits until the service's readiness, on its management port, is UP. */
    private void awaitReady(int managementPort, int index) throws InterruptedException {
        services.get(index).awaitReady(managementPort, Duration.ofSeconds(150));
    }

    /** Drops and creates the three databases, so each run starts from an empty system. */
    private static void recreateDatabases() throws SQLException {
        PackagedService.recreateDatabases(List.of(CASE_DB, OPERATION_DB, STATS_DB));
    }

    /** The database named by the property, else the variable, else {@code fallback}; dropped, so a plain name. */
    static String databaseName(String property, String variable, String fallback) {
        String name = System.getProperty(property);
        if (name == null || name.isBlank()) {
            name = env(variable, fallback);
        }
        name = name.strip();
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(property + " / " + variable + " must be a plain lower-case database"
                    + " name (letters, digits, _), not '" + name + "'");
        }
        return name;
    }

    private static String env(String name, String fallback) {
        return PackagedService.env(name, fallback);
    }

    static int freePort() throws IOException {
        return PackagedService.freePort();
    }

    /** Stops every service: TERM first, KILL after 20 s. */
    @Override
    public synchronized void close() {
        PackagedService.stopAll(services);
        services.clear();
        identityProvider.stop();
    }

    static Path repositoryRoot() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("deploy"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (with mvnw and deploy/) above " + here
                + File.separator);
    }
}
