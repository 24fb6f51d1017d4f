package org.enforcement.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** deploy/compose/docker-compose.yml against the services' configuration. */
class ComposeTest {

    private static final Path COMPOSE_DIR = Repo.path("deploy/compose");
    private static final JsonNode COMPOSE = Repo.yaml(COMPOSE_DIR.resolve("docker-compose.yml"));

    private static JsonNode service(String name) {
        JsonNode service = COMPOSE.path("services").path(name);
        assertThat(service.isObject()).as("compose service %s", name).isTrue();
        return service;
    }

    /** The environment of a compose service, in either of the two forms compose accepts. */
    private static Map<String, String> environment(String name) {
        JsonNode env = service(name).path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env.isArray()) {
            env.forEach(e -> {
                String[] pair = e.asText().split("=", 2);
                result.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            env.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
        }
        return result;
    }

    private static List<String> texts(JsonNode node) {
        List<String> result = new ArrayList<>();
        node.forEach(n -> result.add(n.asText()));
        return result;
    }

    @Test
    void hasPostgresKeycloakAndTheThreeServices() {
        List<String> names = new ArrayList<>();
        COMPOSE.path("services").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("postgres", "keycloak", "case-service", "operation-service",
                "stats-service");
    }

    @Test
    void postgresIsVersion15HealthCheckedPersistentAndPublishedOnLoopbackOnly() {
        JsonNode postgres = service("postgres");
        assertThat(postgres.path("image").asText()).startsWith("postgres:15");
        assertThat(texts(postgres.path("healthcheck").path("test"))).anyMatch(t -> t.contains("pg_isready"));
        assertThat(texts(postgres.path("volumes"))).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"))
                .anyMatch(v -> v.startsWith("./postgres-init:/docker-entrypoint-initdb.d"));
        assertThat(texts(postgres.path("ports"))).singleElement().asString()
                .matches("127\\.0\\.0\\.1:(\\$\\{POSTGRES_PORT:-5432}|5432):5432");
    }

    @Test
    void initScriptCreatesTheThreeDatabases() throws Exception {
        List<String> created = new ArrayList<>();
        try (var scripts = Files.list(COMPOSE_DIR.resolve("postgres-init"))) {
            for (Path script : scripts.toList()) {
                Matcher m = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)").matcher(Repo.read(script));
                while (m.find()) {
                    created.add(m.group(1));
                }
            }
        }
        assertThat(created).containsExactlyInAnyOrderElementsOf(
                ServiceConfig.ALL.stream().map(ServiceConfig::database).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void serviceIsBuiltFromItsDockerfileAndPublishesItsPort(String name) {
        ServiceConfig config = ServiceConfig.of(name);
        JsonNode build = service(name).path("build");
        Path context = COMPOSE_DIR.resolve(build.path("context").asText()).normalize();
        assertThat(context).isEqualTo(Repo.path(name));
        assertThat(context.resolve(build.path("dockerfile").asText("Dockerfile"))).isRegularFile()
                .isEqualTo(config.dockerfile());
        assertThat(Repo.read(config.dockerfile())).contains("EXPOSE " + config.port() + " " + config.managementPort());
        assertThat(texts(service(name).path("ports"))).containsExactly(
                "127.0.0.1:" + config.port() + ":" + config.port(),
                "127.0.0.1:" + config.managementPort() + ":" + config.managementPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void serviceIsHealthCheckedOnReadinessOnTheManagementPortWithCurlWhichTheImageInstalls(String name) {
        ServiceConfig config = ServiceConfig.of(name);
        String ready = "http://localhost:" + config.managementPort() + "/q/health/ready";
        List<String> test = texts(service(name).path("healthcheck").path("test"));
        assertThat(test).contains("curl", ready);
        assertThat(Repo.read(config.dockerfile())).containsPattern("apt-get install[^\\n]*curl")
                .contains("curl -fsS -o /dev/null " + ready);
    }

    @Test
    void servicesStartAfterWhatTheyCallIsHealthy() {
        // Keycloak first: the services read its discovery document when they start.
        assertThat(dependencies("case-service")).containsOnlyKeys("postgres", "keycloak");
        assertThat(dependencies("operation-service")).containsOnlyKeys("postgres", "keycloak", "case-service");
        assertThat(dependencies("stats-service")).containsOnlyKeys("postgres", "keycloak", "case-service",
                "operation-service");
        for (String name : List.of("case-service", "operation-service", "stats-service")) {
            assertThat(dependencies(name)).as(name).allSatisfy((k, condition) ->
                    assertThat(condition).isEqualTo("service_healthy"));
        }
    }

    private static Map<String, String> dependencies(String name) {
        Map<String, String> result = new LinkedHashMap<>();
        service(name).path("depends_on").fields()
                .forEachRemaining(e -> result.put(e.getKey(), e.getValue().path("condition").asText()));
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void everyVariableSetIsOneTheServiceReads(String name) {
        ServiceConfig config = ServiceConfig.of(name);
        assertThat(environment(name).keySet()).as("variables set on %s", name)
                .allSatisfy(v -> assertThat(config.reads(v))
                        .as("%s sets %s, which its application.properties never reads", name, v).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void everyVariableWithoutDefaultOrWithALocalhostDefaultIsSet(String name) {
        ServiceConfig config = ServiceConfig.of(name);
        Map<String, String> env = environment(name);
        assertThat(env).as("required by %s", name).containsKeys(config.required().toArray(String[]::new));
        config.variables().keySet().stream()
                .filter(config::defaultsToLocalhost)
                .filter(v -> !(v.startsWith("OTEL_") && "true".equals(env.get("OTEL_SDK_DISABLED"))))
                .forEach(v -> assertThat(env).as("%s defaults to this machine, not another container", v)
                        .containsKey(v));
        assertThat(env).containsEntry("DB_NAME", config.database());
    }

    /** Issue 13: the service connects as a role that owns no tables; Flyway migrates as the owner. */
    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void serviceConnectsAsARoleOtherThanTheOwnerWhichTheInitScriptsCreate(String name) throws Exception {
        Map<String, String> env = environment(name);
        assertThat(env).containsKeys("DB_OWNER_USER", "DB_OWNER_PASSWORD", "DB_APP_USER", "DB_APP_PASSWORD")
                .doesNotContainKeys("DB_USER", "DB_PASSWORD");
        assertThat(env.get("DB_APP_USER")).isNotEqualTo(env.get("DB_OWNER_USER"));
        StringBuilder scripts = new StringBuilder();
        try (var files = Files.list(COMPOSE_DIR.resolve("postgres-init"))) {
            files.forEach(script -> scripts.append(Repo.read(script)));
        }
        assertThat(scripts.toString()).as("postgres-init creates the role %s", env.get("DB_APP_USER"))
                .containsPattern("(?i)CREATE\\s+ROLE\\s+\"?" + Pattern.quote(env.get("DB_APP_USER")) + "\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void databaseAndServiceUrlsPointAtComposeServices(String name) {
        Map<String, String> env = environment(name);
        assertThat(env).containsEntry("DB_HOST", "postgres").containsEntry("DB_PORT", "5432");
        for (var url : Map.of("CASE_SERVICE_URL", "case-service", "OPERATION_SERVICE_URL", "operation-service")
                .entrySet()) {
            if (env.containsKey(url.getKey())) {
                URI uri = URI.create(env.get(url.getKey()));
                assertThat(uri.getHost()).isEqualTo(url.getValue());
                assertThat(uri.getPort()).isEqualTo(ServiceConfig.of(url.getValue()).port());
            }
        }
    }

    @Test
    void keycloakRunsTheVersionRunShFetchesAndImportsTheRealmFile() {
        JsonNode keycloak = service("keycloak");
        Matcher version = Pattern.compile("\nKEYCLOAK_VERSION=([0-9.]+)\n")
                .matcher(Repo.read(Repo.path("deploy/local/run.sh")));
        assertThat(version.find()).as("KEYCLOAK_VERSION in run.sh").isTrue();
        assertThat(keycloak.path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
        assertThat(texts(keycloak.path("command"))).contains("--import-realm", "--hostname-backchannel-dynamic=true");
        String[] realm = texts(keycloak.path("volumes")).stream()
                .filter(v -> v.contains("/opt/keycloak/data/import/")).findFirst()
                .orElseThrow(() -> new AssertionError("no realm mounted into /opt/keycloak/data/import")).split(":");
        assertThat(COMPOSE_DIR.resolve(realm[0]).normalize()).isEqualTo(Repo.path(RealmTest.REALM_FILE));
        assertThat(realm).hasSize(3);
        assertThat(realm[2]).isEqualTo("ro");
        assertThat(texts(keycloak.path("healthcheck").path("test"))).anyMatch(t -> t.contains("/health/ready"));
    }

    /** Users get tokens on the host; their issuer must be the one the services discover in the compose network. */
    @Test
    void keycloaksIssuerIsTheAddressItIsPublishedAtOnThisMachine() {
        JsonNode keycloak = service("keycloak");
        String published = texts(keycloak.path("ports")).stream().filter(p -> p.endsWith(":8080")).findFirst()
                .orElseThrow(() -> new AssertionError("Keycloak's port 8080 is not published"));
        assertThat(published).startsWith("127.0.0.1:");
        String hostPort = published.substring("127.0.0.1:".length(), published.length() - ":8080".length());
        assertThat(texts(keycloak.path("command"))).contains("--hostname=http://localhost:" + hostPort);
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void servicesTrustTheRealmOfTheComposeKeycloakAndHoldNoKeys(String name) {
        Map<String, String> env = environment(name);
        assertThat(env).containsEntry("OIDC_AUTH_SERVER_URL",
                "http://keycloak:8080/realms/" + RealmTest.REALM.path("realm").asText());
        assertThat(env).containsEntry("OIDC_AUDIENCE", "enforcement");
        assertThat(env.keySet()).as("no service holds a signing or verification key")
                .noneMatch(v -> v.contains("KEY_LOCATION") || v.startsWith("JWT_") && !"JWT_MAX_LIFETIME".equals(v));
        assertThat(texts(service(name).path("volumes"))).noneMatch(v -> v.contains("dev-keys"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation-service", "stats-service"})
    void callersSignInAsTheirOwnServiceAccountWithTheRealmsDevSecretByDefault(String name) {
        Map<String, String> env = environment(name);
        assertThat(env).containsEntry("OIDC_CLIENT_ID", name);
        JsonNode client = RealmTest.client(name);
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(env.get("OIDC_CLIENT_SECRET")).matches("\\$\\{[A-Z_]+:-" + Pattern.quote(
                client.path("secret").asText()) + "}");
    }

    @Test
    void caseServiceCallsNobodyAndHasNoClient() {
        assertThat(environment("case-service")).doesNotContainKeys("OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET");
    }
}
