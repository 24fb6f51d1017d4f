package org.enforcement.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Lints the three committed OpenAPI contracts with Spectral (spectral:oas and the OWASP API Security ruleset, as
 * configured in the repository's {@code .spectral.yaml}); any error fails the build, warnings are printed. The CLI
 * is the one pinned in {@code tools/spectral/package-lock.json}, installed there with {@code npm ci} when missing
 * or older than the lock file. Needs Node 20 and npm on the PATH, and the npm registry for that first install.
 */
class SpectralTest {

    static final List<String> CONTRACTS = List.of("case-service/src/main/openapi/openapi.yaml",
            "operation-service/src/main/openapi/openapi.yaml", "stats-service/src/main/openapi/openapi.yaml");
    static final String[] SEVERITIES = {"error", "warn", "info", "hint"};

    @Test
    void shouldFindNoErrorsInTheContracts() throws IOException {
        Path tools = Repo.path("tools/spectral");
        installWhenMissing(tools);
        List<String> command = new ArrayList<>(List.of(executable("node"),
                tools.resolve("node_modules/@stoplight/spectral-cli/dist/index.js").toString(), "lint",
                "--ruleset", Repo.path(".spectral.yaml").toString(), "--format", "json", "--quiet",
                "--fail-severity", "error"));
        CONTRACTS.forEach(contract -> command.add(Repo.path(contract).toString()));
        Result lint = run(command, tools, 180);
        JsonNode results;
        try {
            results = new ObjectMapper().readTree(lint.stdout().isBlank() ? "[]" : lint.stdout());
        } catch (IOException e) {
            throw new AssertionError("Spectral did not answer JSON (exit " + lint.exit() + "):\n" + lint.stdout()
                    + lint.stderr(), e);
        }
        List<String> errors = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode result : results) {
            int severity = result.path("severity").asInt();
            String code = result.path("code").asText();
            counts.merge(SEVERITIES[Math.min(severity, 3)] + " " + code, 1, Integer::sum);
            if (severity == 0) {
                errors.add(relative(result.path("source").asText()) + " " + pointer(result.path("path")) + ": "
                        + code + ": " + result.path("message").asText());
            }
        }
        System.out.println("Spectral, findings by rule: " + counts);
        assertThat(errors).as("Spectral errors in the committed contracts (rules: .spectral.yaml)").isEmpty();
        assertThat(lint.exit()).as("Spectral's exit code; stderr:%n%s", lint.stderr()).isZero();
    }

    /** A rule switched off says why, in a comment right above it. */
    @Test
    void shouldSayWhyARuleIsOff() throws IOException {
        List<String> lines = Files.readAllLines(Repo.path(".spectral.yaml"), StandardCharsets.UTF_8);
        List<String> unexplained = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.matches("[^#]*:\\s*off\\s*") && !explained(lines, i)) {
                unexplained.add(line);
            }
        }
        assertThat(unexplained).as("rules switched off without a comment saying why").isEmpty();
    }

    private static boolean explained(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                return true;
            }
            if (!line.matches("[^#]*:\\s*off\\s*")) {
                return false; // several rules may share the comment above them
            }
        }
        return false;
    }

    /** {@code npm ci} in tools/spectral when its node_modules is missing or older than the lock file. */
    private static synchronized void installWhenMissing(Path tools) throws IOException {
        Path lock = tools.resolve("package-lock.json");
        Path installed = tools.resolve("node_modules/.package-lock.json");
        if (Files.exists(installed)
                && !Files.getLastModifiedTime(installed).toInstant()
                .isBefore(Files.getLastModifiedTime(lock).toInstant())) {
            return;
        }
        // --ignore-scripts: nothing pinned there needs an install script (one only sends usage analytics).
        Result install = run(List.of(executable("npm"), "ci", "--ignore-scripts", "--no-audit", "--no-fund"),
                tools, 600);
        assertThat(install.exit()).as("npm ci in %s failed:%n%s%s", tools, install.stdout(), install.stderr())
                .isZero();
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    /** Runs a command with no input (stdin closed at once), so nothing can wait for a terminal. */
    private static Result run(List<String> command, Path dir, int timeoutSeconds) throws IOException {
        Path out = Files.createTempFile("spectral", ".out");
        Path err = Files.createTempFile("spectral", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            // Where the OWASP ruleset that .spectral.yaml names by package is found.
            env.put("NODE_PATH", dir.resolve("node_modules").toString());
            env.put("CI", "true");
            env.put("NO_UPDATE_NOTIFIER", "1");
            env.put("DO_NOT_TRACK", "1");
            env.put("SCARF_ANALYTICS", "false");
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                        + " s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command, e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError(name + " is not on the PATH: the Spectral check of the OpenAPI contracts needs"
                + " Node 20 and npm (PATH=" + path + ")");
    }

    private static String relative(String source) {
        Path path = Path.of(source);
        return path.startsWith(Repo.root()) ? Repo.root().relativize(path).toString() : source;
    }

    private static String pointer(JsonNode path) {
        List<String> parts = new ArrayList<>();
        path.forEach(p -> parts.add(p.asText()));
        return String.join(".", parts);
    }
}
