package org.enforcement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' own tagged benchmarks (JUnit tag {@code benchmark}), run through Maven as a child process, each
 * reduced to the one line it prints for this table: {@code BENCH <id> key=value ...}. Parsing is tolerant: a
 * missing key is n/a; a benchmark that prints no BENCH line yet is read from what it prints today where possible.
 */
final class MavenBenchmarks {

    private static final Pattern BENCH_LINE = Pattern.compile("BENCH (P\\d) (.*)");
    private static final Pattern PAIR = Pattern.compile("([a-z_]+)=(\\S+)");
    private static final Pattern INGESTION_TODAY = Pattern.compile("in ([0-9.]+) s = ([0-9]+) events/s");
    /** A run's row today: run, wall ms, solver ms, latest arrival, lower bound (reach/workload), gap, travel. */
    private static final Pattern DISPATCH_RUN_TODAY = Pattern.compile("(?m)^\\s*\\d+\\s+\\d+\\s+\\d+\\s+(\\d+)\\s+"
            + "(\\d+) \\(\\d+/\\d+\\)");
    private static final Pattern DISPATCH_TODAY = Pattern.compile("wall time p50 (\\d+) ms, max (\\d+) ms; gap p50"
            + " (\\d+) min");

    private final Settings settings;

    MavenBenchmarks(Settings settings) {
        this.settings = settings;
    }

    /** stats-service IngestionBenchmark: events per second, exact or not. */
    Map<String, String> ingestion() throws IOException, InterruptedException {
        String output = maven("stats-service", "IngestionBenchmark", settings.databasePrefix() + "_stats_ingest",
                "-Dingestion.benchmark.events=" + settings.ingestionEvents());
        Map<String, String> figures = benchLine(output, "P4");
        if (figures.isEmpty()) {
            Matcher m = INGESTION_TODAY.matcher(output);
            if (m.find()) {
                figures.put("seconds", m.group(1));
                figures.put("events_per_second", m.group(2));
            }
        }
        return figures;
    }

    /** operation-service DispatchBenchmark: time, latest arrival, lower bound, gap, sweep + nearest neighbour. */
    Map<String, String> dispatch() throws IOException, InterruptedException {
        return dispatchFigures(maven("operation-service", "DispatchBenchmark", settings.databasePrefix()
                + "_operation", null));
    }

    /** The BENCH P5 line, else the longest wall time and the first run's latest arrival and lower bound. */
    static Map<String, String> dispatchFigures(String output) {
        Map<String, String> figures = benchLine(output, "P5");
        if (figures.isEmpty()) {
            Matcher m = DISPATCH_TODAY.matcher(output);
            if (m.find()) {
                figures.put("seconds", String.valueOf(Long.parseLong(m.group(2)) / 1000.0));
            }
            Matcher run = DISPATCH_RUN_TODAY.matcher(output);
            if (run.find()) {
                long latest = Long.parseLong(run.group(1));
                long bound = Long.parseLong(run.group(2));
                figures.put("latest_arrival_min", String.valueOf(latest));
                figures.put("lower_bound_min", String.valueOf(bound));
                figures.put("gap_pct", String.valueOf(Math.round(100.0 * (latest - bound) / Math.max(1, bound))));
            }
        }
        return figures;
    }

    /** stats-service QueryBenchmark: p95 of a year over all courts. */
    Map<String, String> query() throws IOException, InterruptedException {
        return benchLine(maven("stats-service", "QueryBenchmark", settings.databasePrefix() + "_stats_query", null),
                "P3");
    }

    /** The key=value pairs of the last {@code BENCH <id>} line, empty if there is none. */
    static Map<String, String> benchLine(String output, String id) {
        Map<String, String> figures = new HashMap<>();
        Matcher line = BENCH_LINE.matcher(output);
        while (line.find()) {
            if (line.group(1).equals(id)) {
                figures.clear();
                Matcher pair = PAIR.matcher(line.group(2));
                while (pair.find()) {
                    figures.put(pair.group(1), pair.group(2));
                }
            }
        }
        return figures;
    }

    static Optional<Double> number(Map<String, String> figures, String key) {
        try {
            return Optional.ofNullable(figures.get(key)).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Maven and the test JVM it forked. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private String maven(String module, String test, String database, String argLine)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(settings.root().resolve("mvnw").toString(), "-B", "-o", "-pl",
                module, "-am", "test", "-Dgroups=benchmark", "-Dtest=" + test,
                "-Dsurefire.failIfNoSpecifiedTests=false"));
        if (argLine != null) {
            command.add("-DargLine=" + argLine);
        }
        Path log = settings.logs().resolve(test + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(settings.root().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("DB_TEST_NAME", database);
        Process process = builder.start();
        Thread stop = new Thread(() -> stop(process), "stop-maven");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                stop(process);
                throw new IllegalStateException(test + " did not finish within 30 minutes; see " + log);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(stop);
        }
        String output = Files.readString(log);
        // A benchmark that asserts its own goal fails the build when it misses it: its figures still count here.
        if (process.exitValue() != 0 && !output.contains("BENCH ")) {
            throw new IllegalStateException(test + " failed (Maven exit " + process.exitValue() + "); see " + log);
        }
        return output;
    }
}
