package org.enforcement.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/service-jvm-options is the one list of the services' JVM options: run.sh and deploy/bench read it, and the
 * images, compose and Kubernetes repeat it as JAVA_OPTS; the memory limits match the memory the JVM is sized for.
 */
class ServiceJvmOptionsTest {

    private static final List<String> OPTIONS = options();
    private static final String JAVA_OPTS = String.join(" ", OPTIONS);

    /** The options of the file: one per line, '#' lines and blank lines skipped (as run.sh reads it). */
    private static List<String> options() {
        List<String> options = new ArrayList<>();
        for (String line : Repo.read(Repo.path("deploy/service-jvm-options")).split("\n")) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#")) {
                options.add(option);
            }
        }
        return options;
    }

    @Test
    void listsOneJvmOptionPerLineAndSetsTheHeap() {
        assertThat(OPTIONS).isNotEmpty().allSatisfy(option -> assertThat(option).startsWith("-").doesNotContain(" "));
        assertThat(OPTIONS).anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage="));
        assertThat(OPTIONS).anyMatch(option -> option.startsWith("-XX:MaxRAM="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void imageDefaultsToTheOptions(String service) {
        String dockerfile = Repo.read(Repo.path(service + "/src/main/docker/Dockerfile.jvm"));
        Matcher env = Pattern.compile("ENV JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(env.find()).as("ENV JAVA_OPTS in the Dockerfile of %s", service).isTrue();
        assertThat(env.group(1)).isEqualTo(JAVA_OPTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void composeRunsTheServiceWithTheOptionsAndTheirMemory(String service) {
        JsonNode compose = Repo.yaml(Repo.path("deploy/compose/docker-compose.yml")).path("services").path(service);
        assertThat(compose.path("environment").path("JAVA_OPTS").asText()).isEqualTo(JAVA_OPTS);
        assertThat(mebibytes(compose.path("mem_limit").asText())).isEqualTo(maxRam());
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "operation-service", "stats-service"})
    void kubernetesRunsTheServiceWithTheOptionsAndTheirMemory(String service) {
        JsonNode kustomization = Repo.yaml(Repo.path("deploy/kubernetes/base/kustomization.yaml"));
        List<String> literals = new ArrayList<>();
        for (JsonNode map : kustomization.path("configMapGenerator")) {
            if ((service + "-config").equals(map.path("name").asText())) {
                map.path("literals").forEach(literal -> literals.add(literal.asText()));
            }
        }
        assertThat(literals).contains("JAVA_OPTS=" + JAVA_OPTS);

        JsonNode deployment = Repo.yaml(Repo.path("deploy/kubernetes/base/" + service + "/deployment.yaml"));
        JsonNode limits = deployment.path("spec").path("template").path("spec").path("containers").path(0)
                .path("resources").path("limits");
        assertThat(mebibytes(limits.path("memory").asText())).isEqualTo(maxRam());
    }

    /** -XX:MaxRAM in MiB: what the JVM sizes its heap and caches for. */
    private static long maxRam() {
        return OPTIONS.stream().filter(option -> option.startsWith("-XX:MaxRAM="))
                .map(option -> mebibytes(option.substring("-XX:MaxRAM=".length()))).findFirst().orElseThrow();
    }

    /** 512m, 512M, 512Mi or 1g, 1Gi in MiB. */
    private static long mebibytes(String size) {
        Matcher matcher = Pattern.compile("(\\d+)([mMgG])i?").matcher(size.strip());
        assertThat(matcher.matches()).as("a size in MiB or GiB: %s", size).isTrue();
        long amount = Long.parseLong(matcher.group(1));
        return matcher.group(2).equalsIgnoreCase("g") ? amount * 1024 : amount;
    }
}
