package org.enforcement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one benchmark run does, from the command line ({@code --smoke}) and the environment (the options of
 * deploy/bench/run.sh). Smoke mode: a second per measurement, pgbench scale 1, no Maven benchmarks.
 */
record Settings(boolean smoke, Path root, Path caseJar, Duration run, Duration warmUp, int pgbenchScale,
        int connections,
        int latencyConnections, String databasePrefix, String loadGenerator, boolean mavenBenchmarks,
        boolean queryBenchmark, int ingestionEvents, Path logs, List<String> only, List<String> extraJvmOptions) {

    static final String CASE_SERVICE = "case-service";

    static Settings from(List<String> args, Map<String, String> env) {
        boolean smoke = args.contains("--smoke") || "1".equals(env.get("BENCH_SMOKE"));
        for (String arg : args) {
            if (!arg.equals("--smoke")) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; usage: run.sh [--smoke]");
            }
        }
        Path root = env.containsKey("BENCH_ROOT") ? Path.of(env.get("BENCH_ROOT")) : repositoryRoot();
        String jarsDir = env.get("BENCH_JARS_DIR");
        Path caseJar = jarsDir == null || jarsDir.isBlank()
                ? root.resolve(CASE_SERVICE).resolve("target/quarkus-app/quarkus-run.jar")
                : Path.of(jarsDir).resolve(CASE_SERVICE).resolve("quarkus-run.jar");
        int seconds = number(env, "BENCH_SECONDS", smoke ? 1 : 15);
        String prefix = env.getOrDefault("BENCH_DB_PREFIX", "enforcement_bench");
        if (!prefix.matches("[a-z_][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("BENCH_DB_PREFIX must be a plain lower-case name, not " + prefix);
        }
        String load = env.getOrDefault("BENCH_LOAD", "auto");
        if (!List.of("auto", "wrk", "java").contains(load)) {
            throw new IllegalArgumentException("BENCH_LOAD is auto, wrk or java, not " + load);
        }
        if (load.equals("auto")) {
            load = onPath("wrk") ? "wrk" : "java";
        }
        List<String> only = only(env.getOrDefault("BENCH_ONLY", ""));
        String extra = env.getOrDefault("BENCH_JVM_EXTRA", "").strip();
        Path logs = env.containsKey("BENCH_LOGS") ? Path.of(env.get("BENCH_LOGS"))
                : root.resolve("bench/target/bench-run");
        // The warm-up is for the JIT: on two cores the service shares with the database, C2 was still compiling
        // the request paths (0.26 cores) a minute into the load, and payments cost 2.0-2.9 CPU-ms each; after two
        // minutes, 0.9 (issue 18). The figures are the steady state a service that runs for days is in.
        return new Settings(smoke, root, caseJar.toAbsolutePath(), Duration.ofSeconds(seconds),
                Duration.ofSeconds(number(env, "BENCH_WARMUP_SECONDS", smoke ? 1 : 120)),
                number(env, "BENCH_PGBENCH_SCALE", smoke ? 1 : 10), number(env, "BENCH_CONNECTIONS", 16),
                number(env, "BENCH_LATENCY_CONNECTIONS", 4), prefix, load,
                !smoke && !"0".equals(env.get("BENCH_MAVEN")) && only.isEmpty(),
                !smoke && "1".equals(env.get("BENCH_P3")) && only.isEmpty(),
                number(env, "BENCH_P4_EVENTS", 100_000), logs.toAbsolutePath(), only,
                extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")));
    }

    /** Whether this run measures {@code id} (P1, P2): all of them unless BENCH_ONLY names some. */
    boolean measures(String id) {
        return only.isEmpty() || only.contains(id);
    }

    /** BENCH_ONLY: a comma-separated choice of P1 and P2 (P6 is always measured); empty means all. */
    private static List<String> only(String value) {
        List<String> only = new ArrayList<>();
        for (String part : value.split(",")) {
            String id = part.strip().toUpperCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            if (!List.of("P1", "P2").contains(id)) {
                throw new IllegalArgumentException("BENCH_ONLY is a comma-separated list of P1 and P2, not " + value);
            }
            only.add(id);
        }
        return List.copyOf(only);
    }

    String pgbenchDatabase() {
        return databasePrefix + "_pgbench";
    }

    String caseDatabase() {
        return databasePrefix + "_case";
    }

    /** The JVM options of deploy/service-jvm-options (one a line, # comments), and AppCDS if the jar has it. */
    List<String> jvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        Path file = root.resolve("deploy/service-jvm-options");
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                String option = line.replaceFirst("#.*", "").strip();
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        Path archive = caseJar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        // BENCH_JVM_EXTRA, e.g. a flight recording or another compiler, after the file's options so they win.
        options.addAll(extraJvmOptions);
        return options;
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not " + value);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("deploy"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (with mvnw and deploy/) above "
                + Path.of("").toAbsolutePath() + "; set BENCH_ROOT");
    }
}
