package org.enforcement.deploycheck;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads from its environment, taken from its application.properties: every {@code ${NAME}} or
 * {@code ${NAME:default}} reference with an upper-case name.
 *
 * @param port           the API port (/api, /events, /public)
 * @param managementPort the management interface's port (/q: health, metrics, OpenAPI), never published outside
 * @param variables      every variable the service reads, with its default in the production profile (empty when
 *                       it has none there)
 * @param required       variables without a default in the production profile (lines without a {@code %profile.})
 * @param imageOptions   variables the image's entrypoint reads (JVM flags), which application.properties does not
 */
record ServiceConfig(String name, int port, int managementPort, String database,
                     Map<String, Optional<String>> variables, Set<String> required, Set<String> imageOptions) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}$]*))?");
    /** Names the Dockerfile's entrypoint expands: set them and the JVM, not Quarkus, sees them. */
    private static final List<String> ENTRYPOINT_VARIABLES = List.of("JAVA_OPTS", "JAVA_OPTS_APPEND");

    // After the patterns above, which loading uses.
    static final List<ServiceConfig> ALL = List.of(
            load("case-service", 8081, 9081, "enforcement_case"),
            load("operation-service", 8082, 9082, "enforcement_operation"),
            load("stats-service", 8083, 9083, "enforcement_stats"));

    static ServiceConfig of(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service " + name));
    }

    Path dockerfile() {
        return Repo.path(name + "/src/main/docker/Dockerfile.jvm");
    }

    boolean reads(String variable) {
        return variables.containsKey(variable) || imageOptions.contains(variable);
    }

    /** The production default of a variable when it points at this machine, which is wrong inside a container. */
    boolean defaultsToLocalhost(String variable) {
        return variables.getOrDefault(variable, Optional.empty())
                .filter(d -> d.contains("localhost") || d.contains("127.0.0.1")).isPresent();
    }

    private static ServiceConfig load(String name, int port, int managementPort, String database) {
        String properties = Repo.read(Repo.path(name + "/src/main/resources/application.properties"));
        Map<String, Optional<String>> variables = new LinkedHashMap<>();
        Set<String> required = new TreeSet<>();
        for (String line : properties.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            boolean profiled = trimmed.startsWith("%");
            Matcher m = REFERENCE.matcher(trimmed);
            while (m.find()) {
                String variable = m.group(1);
                Optional<String> fallback = Optional.ofNullable(m.group(2));
                if (!profiled) {
                    variables.put(variable, fallback);
                    if (fallback.isEmpty()) {
                        required.add(variable);
                    }
                } else {
                    variables.putIfAbsent(variable, fallback);
                }
            }
        }
        String dockerfile = Repo.read(Repo.path(name + "/src/main/docker/Dockerfile.jvm"));
        Set<String> imageOptions = new TreeSet<>();
        ENTRYPOINT_VARIABLES.stream().filter(v -> dockerfile.contains("$" + v)).forEach(imageOptions::add);
        return new ServiceConfig(name, port, managementPort, database, variables, required, imageOptions);
    }
}
