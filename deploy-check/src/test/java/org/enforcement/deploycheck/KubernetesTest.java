package org.enforcement.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Kustomize overlays in deploy/kubernetes, rendered with kubectl, against the services' configuration. */
class KubernetesTest {

    private static final String NAME_LABEL = "app.kubernetes.io/name";
    private static final String CLUSTER_LABEL = "cnpg.io/cluster";
    private static final String INGRESS_NAMESPACE = "namespace:ingress-nginx";
    private static final String OPERATOR_NAMESPACE = "namespace:cnpg-system";

    // --- reading the rendered overlay ------------------------------------------------------------------------

    private static List<JsonNode> all(String overlay, String kind) {
        return Kustomize.render(overlay).stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    private static JsonNode one(String overlay, String kind, String name) {
        List<JsonNode> found = all(overlay, kind).stream()
                .filter(d -> name.equals(d.path("metadata").path("name").asText())).toList();
        assertThat(found).as("%s %s in overlay %s", kind, name, overlay).hasSize(1);
        return found.get(0);
    }

    private static List<String> names(List<JsonNode> documents) {
        return documents.stream().map(d -> d.path("metadata").path("name").asText()).toList();
    }

    private static JsonNode container(String overlay, String service) {
        JsonNode containers = one(overlay, "Deployment", service).path("spec").path("template").path("spec")
                .path("containers");
        assertThat(containers.size()).as("containers of %s", service).isEqualTo(1);
        return containers.get(0);
    }

    private static JsonNode podSpec(String overlay, String service) {
        return one(overlay, "Deployment", service).path("spec").path("template").path("spec");
    }

    /**
     * The container's environment: literal values from env and from the ConfigMaps of envFrom, and
     * {@code secret:<name>/<key>} for values taken from a Secret.
     */
    private static Map<String, String> environment(String overlay, String service) {
        JsonNode container = container(overlay, service);
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            assertThat(from.has("configMapRef")).as("envFrom of %s takes ConfigMaps only", service).isTrue();
            JsonNode configMap = one(overlay, "ConfigMap", from.path("configMapRef").path("name").asText());
            configMap.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            env.put(variable.path("name").asText(), secret.isMissingNode()
                    ? variable.path("value").asText()
                    : "secret:" + secret.path("name").asText() + "/" + secret.path("key").asText());
        }
        return env;
    }

    private static List<String> services() {
        return ServiceConfig.ALL.stream().map(ServiceConfig::name).toList();
    }

    // --- services --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasDeploymentServiceAutoscalerAndDisruptionBudget(String overlay) {
        assertThat(names(all(overlay, "Deployment"))).containsExactlyInAnyOrderElementsOf(services());
        for (ServiceConfig config : ServiceConfig.ALL) {
            String name = config.name();
            JsonNode deployment = one(overlay, "Deployment", name);
            assertThat(deployment.path("spec").path("selector").path("matchLabels").path(NAME_LABEL).asText())
                    .isEqualTo(name);
            assertThat(deployment.path("spec").path("template").path("metadata").path("labels").path(NAME_LABEL)
                    .asText()).isEqualTo(name);

            JsonNode port = container(overlay, name).path("ports").get(0);
            assertThat(port.path("containerPort").asInt()).as("port of %s", name).isEqualTo(config.port());
            JsonNode service = one(overlay, "Service", name);
            assertThat(service.path("spec").path("selector").path(NAME_LABEL).asText()).isEqualTo(name);
            assertThat(service.path("spec").path("ports").size()).as("ports of Service %s: the API only", name)
                    .isEqualTo(1);
            JsonNode servicePort = service.path("spec").path("ports").get(0);
            assertThat(servicePort.path("port").asInt()).isEqualTo(config.port());
            assertThat(servicePort.path("targetPort").asText()).isIn(port.path("name").asText(),
                    String.valueOf(config.port()));

            JsonNode hpa = one(overlay, "HorizontalPodAutoscaler", name);
            assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
            assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(name);
            assertThat(hpa.path("spec").path("maxReplicas").asInt())
                    .isGreaterThanOrEqualTo(hpa.path("spec").path("minReplicas").asInt());

            JsonNode pdb = one(overlay, "PodDisruptionBudget", name);
            assertThat(pdb.path("spec").path("selector").path("matchLabels").path(NAME_LABEL).asText())
                    .isEqualTo(name);
        }
    }

    /** The container port serving the management interface, by its name or number as a probe may give it. */
    private static List<String> managementPort(String overlay, ServiceConfig config) {
        JsonNode ports = container(overlay, config.name()).path("ports");
        List<String> names = new ArrayList<>();
        ports.forEach(p -> {
            if (p.path("containerPort").asInt() == config.managementPort()) {
                names.add(p.path("name").asText());
                names.add(String.valueOf(config.managementPort()));
            }
        });
        assertThat(names).as("management container port %d of %s", config.managementPort(), config.name())
                .isNotEmpty();
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deploymentsProbeTheQuarkusHealthEndpointsOnTheManagementPort(String overlay) {
        for (ServiceConfig config : ServiceConfig.ALL) {
            JsonNode container = container(overlay, config.name());
            List<String> management = managementPort(overlay, config);
            Map<String, String> expected = Map.of("startupProbe", "/q/health/started",
                    "readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live");
            expected.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertThat(get.path("path").asText()).as("%s of %s", probe, config.name()).isEqualTo(path);
                assertThat(get.path("port").asText()).as("%s port of %s", probe, config.name()).isIn(management);
            });
            JsonNode annotations = one(overlay, "Deployment", config.name()).path("spec").path("template")
                    .path("metadata").path("annotations");
            assertThat(annotations.path("prometheus.io/port").asText()).as("scrape port of %s", config.name())
                    .isEqualTo(String.valueOf(config.managementPort()));
            assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        }
    }

    @Test
    void servicesEnableTheManagementInterfaceOnThePortTheManifestsUse() {
        for (ServiceConfig config : ServiceConfig.ALL) {
            String properties = Repo.read(Repo.path(config.name() + "/src/main/resources/application.properties"));
            assertThat(properties).as("application.properties of %s", config.name())
                    .contains("\nquarkus.management.enabled=true\n")
                    .containsPattern("\nquarkus\\.management\\.port=\\$\\{[A-Z_]+:" + config.managementPort()
                            + "}\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deploymentsRequestAndLimitResources(String overlay) {
        for (String service : services()) {
            JsonNode resources = container(overlay, service).path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(resources.path(bound).path(resource).asText())
                            .as("%s.%s of %s", bound, resource, service).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deploymentsRunAsNonRootOnAReadOnlyRootWithoutPrivileges(String overlay) {
        for (String service : services()) {
            JsonNode pod = podSpec(overlay, service).path("securityContext");
            JsonNode container = container(overlay, service).path("securityContext");
            assertThat(container.path("runAsNonRoot").asBoolean(pod.path("runAsNonRoot").asBoolean()))
                    .as("runAsNonRoot of %s", service).isTrue();
            assertThat(container.path("readOnlyRootFilesystem").asBoolean()).as(service).isTrue();
            assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).as(service).isFalse();
            assertThat(container.path("capabilities").path("drop").toString()).as(service).contains("\"ALL\"");
            JsonNode seccomp = container.has("seccompProfile") ? container.path("seccompProfile")
                    : pod.path("seccompProfile");
            assertThat(seccomp.path("type").asText()).as("seccomp of %s", service).isEqualTo("RuntimeDefault");

            String tmpVolume = null;
            for (JsonNode mount : container(overlay, service).path("volumeMounts")) {
                if ("/tmp".equals(mount.path("mountPath").asText())) {
                    tmpVolume = mount.path("name").asText();
                }
            }
            assertThat(tmpVolume).as("/tmp mount of %s", service).isNotNull();
            String volume = tmpVolume;
            assertThat(podSpec(overlay, service).path("volumes")).as("volumes of %s", service)
                    .anySatisfy(v -> {
                        assertThat(v.path("name").asText()).isEqualTo(volume);
                        assertThat(v.has("emptyDir")).isTrue();
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deploymentsRunTheirServicesImageWithATag(String overlay) {
        for (String service : services()) {
            String image = container(overlay, service).path("image").asText();
            assertThat(image).as("image of %s", service).matches(".*/" + service + "(:[^:/]+|@sha256:[0-9a-f]+)$");
        }
    }

    @Test
    void prodPinsImagesToReleaseTags() {
        for (String service : services()) {
            String image = container("prod", service).path("image").asText();
            assertThat(image).as("image of %s", service).doesNotEndWith(":latest").doesNotEndWith(":dev")
                    .doesNotContain("SNAPSHOT").containsPattern(":\\d+\\.\\d+\\.\\d+$|@sha256:");
        }
    }

    @Test
    void prodRunsAtLeastTwoReplicasOfEachServiceAndKeepsOneThroughDisruptions() {
        for (String service : services()) {
            assertThat(one("prod", "Deployment", service).path("spec").path("replicas").asInt()).as(service)
                    .isGreaterThanOrEqualTo(2);
            assertThat(one("prod", "HorizontalPodAutoscaler", service).path("spec").path("minReplicas").asInt())
                    .as(service).isGreaterThanOrEqualTo(2);
            assertThat(one("prod", "PodDisruptionBudget", service).path("spec").path("minAvailable").asInt())
                    .as(service).isEqualTo(1);
        }
    }

    @Test
    void devRunsOneReplicaOfEachService() {
        for (String service : services()) {
            assertThat(one("dev", "Deployment", service).path("spec").path("replicas").asInt()).as(service)
                    .isEqualTo(1);
            assertThat(one("dev", "HorizontalPodAutoscaler", service).path("spec").path("minReplicas").asInt())
                    .as(service).isEqualTo(1);
        }
    }

    // --- configuration -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableSetIsOneTheServiceReads(String overlay) {
        for (ServiceConfig config : ServiceConfig.ALL) {
            assertThat(environment(overlay, config.name()).keySet()).as("variables of %s", config.name())
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(config.reads(v))
                            .as("%s sets %s, which its application.properties never reads", config.name(), v)
                            .isTrue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableWithoutDefaultOrWithALocalhostDefaultIsSet(String overlay) {
        for (ServiceConfig config : ServiceConfig.ALL) {
            Map<String, String> env = environment(overlay, config.name());
            assertThat(env).as("required by %s", config.name())
                    .containsKeys(config.required().toArray(String[]::new));
            config.variables().keySet().stream()
                    .filter(config::defaultsToLocalhost)
                    .filter(v -> !(v.startsWith("OTEL_") && "true".equals(env.get("OTEL_SDK_DISABLED"))))
                    .forEach(v -> assertThat(env).as("%s of %s defaults to the pod itself", v, config.name())
                            .containsKey(v));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesHoldNoKeysAndCallersTakeTheirClientSecretFromASecret(String overlay) {
        for (String service : services()) {
            Map<String, String> env = environment(overlay, service);
            assertThat(env.keySet()).as("%s holds no signing or verification key", service)
                    .noneMatch(v -> v.contains("KEY_LOCATION")
                            || v.startsWith("JWT_") && !"JWT_MAX_LIFETIME".equals(v));
            List<String> volumes = new ArrayList<>();
            podSpec(overlay, service).path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
            assertThat(volumes).as("volumes of %s", service).containsExactly("tmp");
            assertThat(env).containsEntry("OIDC_AUDIENCE", "enforcement");
            if ("case-service".equals(service)) {
                assertThat(env).as("case-service calls nobody")
                        .doesNotContainKeys("OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET");
            } else {
                assertThat(env).containsEntry("OIDC_CLIENT_ID", service)
                        .containsEntry("OIDC_CLIENT_SECRET", "secret:" + service + "-oidc-client/client-secret");
            }
        }
    }

    @Test
    void devRunsKeycloakWithTheRealmFileAndPointsTheServicesAtIt() {
        JsonNode keycloak = all("dev", "Keycloak").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no Keycloak in dev"));
        String name = keycloak.path("metadata").path("name").asText();
        JsonNode realmImport = one("dev", "KeycloakRealmImport", "enforcement");
        assertThat(realmImport.path("spec").path("keycloakCRName").asText()).isEqualTo(name);
        assertThat(realmImport.path("spec").path("realm")).isEqualTo(RealmTest.REALM);
        // The operator names the Service <name>-service and serves HTTP on 8080 with httpEnabled.
        assertThat(keycloak.path("spec").path("http").path("httpEnabled").asBoolean()).isTrue();
        for (String service : services()) {
            assertThat(environment("dev", service)).containsEntry("OIDC_AUTH_SERVER_URL",
                    "http://" + name + "-service:8080/realms/" + RealmTest.REALM.path("realm").asText());
        }
        // One issuer for tokens got from outside and keys fetched inside the cluster.
        JsonNode hostname = keycloak.path("spec").path("hostname");
        assertThat(hostname.path("hostname").asText()).startsWith("http");
        assertThat(hostname.path("backchannelDynamic").asBoolean()).isTrue();
        JsonNode db = keycloak.path("spec").path("db");
        String host = db.path("host").asText();
        assertThat(host).endsWith("-rw");
        String cluster = host.substring(0, host.length() - "-rw".length());
        one("dev", "Cluster", cluster);
        assertThat(db.path("usernameSecret").path("name").asText()).isEqualTo(cluster + "-app");
        assertThat(db.path("passwordSecret").path("name").asText()).isEqualTo(cluster + "-app");
    }

    @Test
    void keycloakAcceptsTheServicesAndTheIngressControllerOnItsHttpPort() {
        Set<String> callers = new TreeSet<>();
        for (JsonNode policy : all("dev", "NetworkPolicy")) {
            if (!"keycloak".equals(policy.path("spec").path("podSelector").path("matchLabels").path("app").asText())) {
                continue;
            }
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                boolean http = false;
                for (JsonNode port : rule.path("ports")) {
                    http |= port.path("port").asInt() == 8080;
                }
                if (http) {
                    rule.path("from").forEach(peer -> {
                        services().stream().filter(s -> peer.toString().contains("\"" + s + "\""))
                                .forEach(callers::add);
                        if (peer.has("namespaceSelector")) {
                            callers.add("namespace:" + peer.path("namespaceSelector").path("matchLabels")
                                    .path("kubernetes.io/metadata.name").asText());
                        }
                    });
                }
            }
        }
        assertThat(callers).containsExactlyInAnyOrder("case-service", "operation-service", "stats-service",
                INGRESS_NAMESPACE);
    }

    @Test
    void prodUsesTheConfiguredProviderOverHttpsAndRunsNoKeycloak() {
        assertThat(all("prod", "Keycloak")).isEmpty();
        assertThat(all("prod", "KeycloakRealmImport")).as("no demo users in prod").isEmpty();
        for (String service : services()) {
            assertThat(environment("prod", service).get("OIDC_AUTH_SERVER_URL")).startsWith("https://");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void serviceUrlsPointAtTheCalledServicesPorts(String overlay) {
        Map<String, String> urls = Map.of("CASE_SERVICE_URL", "case-service",
                "OPERATION_SERVICE_URL", "operation-service");
        Map<String, Set<String>> calls = Map.of("case-service", Set.of(),
                "operation-service", Set.of("CASE_SERVICE_URL"),
                "stats-service", Set.of("CASE_SERVICE_URL", "OPERATION_SERVICE_URL"));
        calls.forEach((service, expected) -> {
            Map<String, String> env = environment(overlay, service);
            assertThat(env.keySet()).as(service).containsAll(expected);
            for (String variable : expected) {
                URI uri = URI.create(env.get(variable));
                String target = urls.get(variable);
                assertThat(uri.getHost()).as(variable).isEqualTo(target);
                JsonNode port = one(overlay, "Service", target).path("spec").path("ports").get(0);
                assertThat(uri.getPort()).as(variable).isEqualTo(port.path("port").asInt());
            }
        });
    }

    // --- PostgreSQL --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasItsOwnPostgresClusterAndUsesItsGeneratedCredentials(String overlay) {
        // components/keycloak brings Keycloak's own cluster (owner keycloak) to dev.
        List<JsonNode> clusters = all(overlay, "Cluster").stream().filter(c -> services().contains(
                c.path("metadata").path("labels").path("enforcement.org/owner").asText())).toList();
        assertThat(clusters).hasSize(3)
                .allSatisfy(c -> assertThat(c.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1"));
        assertThat(all(overlay, "Cluster")).hasSize("dev".equals(overlay) ? 4 : 3);
        int instances = "prod".equals(overlay) ? 3 : 1;
        for (ServiceConfig config : ServiceConfig.ALL) {
            Map<String, String> env = environment(overlay, config.name());
            String host = env.get("DB_HOST");
            assertThat(host).as("DB_HOST of %s", config.name()).endsWith("-rw");
            String clusterName = host.substring(0, host.length() - "-rw".length());
            JsonNode cluster = one(overlay, "Cluster", clusterName);
            assertThat(cluster.path("spec").path("instances").asInt()).as(clusterName).isEqualTo(instances);
            JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
            assertThat(initdb.path("database").asText()).isEqualTo(config.database());
            assertThat(env).containsEntry("DB_NAME", config.database())
                    .containsEntry("DB_PORT", "5432")
                    .containsEntry("DB_OWNER_USER", "secret:" + clusterName + "-app/username")
                    .containsEntry("DB_OWNER_PASSWORD", "secret:" + clusterName + "-app/password")
                    .doesNotContainKeys("DB_USER", "DB_PASSWORD");
        }
    }

    /**
     * Issue 13: Flyway migrates as the database owner (CloudNativePG's app user), the service connects as a managed
     * role of its cluster that may log in and nothing more: no superuser, no CREATEDB/CREATEROLE, no replication.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceConnectsAsAManagedRoleThatIsNotTheOwner(String overlay) {
        for (ServiceConfig config : ServiceConfig.ALL) {
            Map<String, String> env = environment(overlay, config.name());
            String host = env.get("DB_HOST");
            JsonNode cluster = one(overlay, "Cluster", host.substring(0, host.length() - "-rw".length()));
            String user = env.get("DB_APP_USER");
            assertThat(user).as("DB_APP_USER of %s", config.name()).startsWith("secret:").endsWith("/username");
            String secret = user.substring("secret:".length(), user.length() - "/username".length());
            assertThat(env).containsEntry("DB_APP_PASSWORD", "secret:" + secret + "/password");
            assertThat(secret).isNotEqualTo(cluster.path("metadata").path("name").asText() + "-app");
            List<JsonNode> roles = new ArrayList<>();
            cluster.path("spec").path("managed").path("roles").forEach(roles::add);
            assertThat(roles).as("managed roles of %s", cluster.path("metadata").path("name").asText())
                    .filteredOn(r -> secret.equals(r.path("passwordSecret").path("name").asText()))
                    .singleElement().satisfies(role -> {
                        assertThat(role.path("name").asText())
                                .isNotEqualTo(cluster.path("spec").path("bootstrap").path("initdb").path("owner")
                                        .asText());
                        assertThat(role.path("login").asBoolean()).isTrue();
                        assertThat(role.path("ensure").asText("present")).isEqualTo("present");
                        for (String power : List.of("superuser", "createdb", "createrole", "replication",
                                "bypassrls")) {
                            assertThat(role.path(power).asBoolean(false)).as(power).isFalse();
                        }
                    });
        }
    }

    // --- network policies --------------------------------------------------------------------------------------

    /** Who may open connections to the pods with this label: pod names, cluster names or "namespace:<name>". */
    private static Set<String> callers(String overlay, String label, String value) {
        Set<String> callers = new TreeSet<>();
        for (JsonNode policy : all(overlay, "NetworkPolicy")) {
            JsonNode selector = policy.path("spec").path("podSelector").path("matchLabels");
            if (!value.equals(selector.path(label).asText())) {
                continue;
            }
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                assertThat(rule.path("from").isEmpty()).as("a rule of %s allows everyone",
                        policy.path("metadata").path("name").asText()).isFalse();
                for (JsonNode peer : rule.path("from")) {
                    if (peer.has("namespaceSelector")) {
                        callers.add("namespace:" + peer.path("namespaceSelector").path("matchLabels")
                                .path("kubernetes.io/metadata.name").asText());
                    } else if (peer.has("podSelector")) {
                        JsonNode labels = peer.path("podSelector").path("matchLabels");
                        callers.add(labels.has(NAME_LABEL) ? labels.path(NAME_LABEL).asText()
                                : labels.path(CLUSTER_LABEL).asText());
                    } else {
                        callers.add("ip:" + peer.path("ipBlock").path("cidr").asText());
                    }
                }
            }
        }
        return callers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ingressIsDeniedByDefault(String overlay) {
        assertThat(all(overlay, "NetworkPolicy")).anySatisfy(p -> {
            assertThat(p.path("spec").path("podSelector").isEmpty()).isTrue();
            assertThat(p.path("spec").path("policyTypes").toString()).contains("\"Ingress\"");
            assertThat(p.path("spec").path("ingress").isEmpty()).isTrue();
        });
        assertThat(all(overlay, "NetworkPolicy")).as("policies that open every pod").noneMatch(p ->
                p.path("spec").path("podSelector").isEmpty() && !p.path("spec").path("ingress").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesAcceptExactlyTheirCallers(String overlay) {
        assertThat(callers(overlay, NAME_LABEL, "case-service"))
                .containsExactlyInAnyOrder("operation-service", "stats-service", INGRESS_NAMESPACE);
        assertThat(callers(overlay, NAME_LABEL, "operation-service"))
                .containsExactlyInAnyOrder("stats-service", INGRESS_NAMESPACE);
        assertThat(callers(overlay, NAME_LABEL, "stats-service")).containsExactlyInAnyOrder(INGRESS_NAMESPACE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachDatabaseAcceptsOnlyItsServiceItsOwnInstancesAndTheOperator(String overlay) {
        for (ServiceConfig config : ServiceConfig.ALL) {
            String host = environment(overlay, config.name()).get("DB_HOST");
            String cluster = host.substring(0, host.length() - "-rw".length());
            assertThat(callers(overlay, CLUSTER_LABEL, cluster)).as("callers of %s", cluster)
                    .containsExactlyInAnyOrder(config.name(), cluster, OPERATOR_NAMESPACE);
        }
    }

    /** Whether a policy's pod selector picks the pods of {@code service}, by label or by an In expression. */
    private static boolean selects(JsonNode policy, String service) {
        JsonNode selector = policy.path("spec").path("podSelector");
        if (service.equals(selector.path("matchLabels").path(NAME_LABEL).asText())) {
            return true;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            if (NAME_LABEL.equals(expression.path("key").asText()) && "In".equals(expression.path("operator").asText())
                    && expression.path("values").toString().contains("\"" + service + "\"")) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void managementPortIsOpenToTheMonitoringNamespaceOnly(String overlay) {
        for (ServiceConfig config : ServiceConfig.ALL) {
            Set<String> callers = new TreeSet<>();
            for (JsonNode policy : all(overlay, "NetworkPolicy")) {
                if (!selects(policy, config.name())) {
                    continue;
                }
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    boolean opens = rule.path("ports").isEmpty();
                    for (JsonNode port : rule.path("ports")) {
                        opens |= port.path("port").asInt() == config.managementPort();
                    }
                    if (opens) {
                        rule.path("from").forEach(peer -> callers.add(peer.has("namespaceSelector")
                                ? "namespace:" + peer.path("namespaceSelector").path("matchLabels")
                                        .path("kubernetes.io/metadata.name").asText()
                                : peer.toString()));
                    }
                }
            }
            assertThat(callers).as("who may reach the management port of %s", config.name())
                    .containsExactly("namespace:monitoring");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void serviceIngressPoliciesOpenOnlyTheServicePort(String overlay) {
        for (ServiceConfig config : ServiceConfig.ALL) {
            List<Integer> ports = new ArrayList<>();
            for (JsonNode policy : all(overlay, "NetworkPolicy")) {
                if (config.name().equals(policy.path("spec").path("podSelector").path("matchLabels")
                        .path(NAME_LABEL).asText())) {
                    policy.path("spec").path("ingress")
                            .forEach(r -> r.path("ports").forEach(p -> ports.add(p.path("port").asInt())));
                }
            }
            assertThat(ports).as("ports open on %s", config.name()).containsOnly(config.port());
        }
    }

    // --- ingress -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ingressRoutesEveryServiceToAnExistingServicePort(String overlay) {
        List<JsonNode> ingresses = all(overlay, "Ingress");
        assertThat(ingresses).hasSize(1);
        JsonNode spec = ingresses.get(0).path("spec");
        assertThat(spec.path("ingressClassName").asText()).isNotBlank();
        Set<String> routed = new TreeSet<>();
        for (JsonNode rule : spec.path("rules")) {
            assertThat(rule.path("host").asText()).isNotBlank();
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                String name = backend.path("name").asText();
                JsonNode port = one(overlay, "Service", name).path("spec").path("ports").get(0);
                assertThat(backend.path("port").has("name") ? backend.path("port").path("name").asText()
                        : backend.path("port").path("number").asText())
                        .isIn(port.path("name").asText(), port.path("port").asText());
                assertThat(path.path("path").asText()).as("/q and /events stay inside the cluster")
                        .isIn("/api", "/public");
                routed.add(name);
            }
        }
        assertThat(routed).containsExactlyInAnyOrderElementsOf(services());
        if ("prod".equals(overlay)) {
            assertThat(spec.path("tls").isEmpty()).as("prod ingress has TLS").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everythingLandsInTheOverlaysNamespace(String overlay) {
        String namespace = one(overlay, "Namespace", "dev".equals(overlay) ? "enforcement-dev" : "enforcement")
                .path("metadata").path("name").asText();
        assertThat(Kustomize.render(overlay)).filteredOn(d -> !"Namespace".equals(d.path("kind").asText()))
                .allSatisfy(d -> assertThat(d.path("metadata").path("namespace").asText()).isEqualTo(namespace));
    }
}
