package org.enforcement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcement.testing.PackagedService;

/**
 * PostgreSQL's own benchmark as the reference: the ceiling of the same server, on the same machine, in the same
 * minute. Runs {@code pgbench} as a child process against a database of its own.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern ANY_TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern NONE = Pattern.compile("actually processed: 0\\s");

    private final String database;
    private final Path log;

    Pgbench(String database, Path log) {
        this.database = database;
        this.log = log;
    }

    /** {@code pgbench -i -s <scale>}: the four tables, filled. */
    void initialise(int scale) throws IOException, InterruptedException {
        run(List.of("-i", "-q", "-s", String.valueOf(scale)), Duration.ofMinutes(10));
    }

    /** Transactions per second of the select-only script ({@code -S}), one primary-key read each. */
    double selectOnly(int clients, Duration duration) throws IOException, InterruptedException {
        return measure(List.of("-n", "-S", "-c", String.valueOf(clients), "-j", "2"), duration);
    }

    /** Transactions per second of the TPC-B-like script: three updates, a select and an insert each. */
    double tpcbLike(int clients, Duration duration) throws IOException, InterruptedException {
        return measure(List.of("-c", String.valueOf(clients), "-j", "2"), duration);
    }

    /**
     * Runs for the duration; should no transaction finish in it (connecting took it all on a very busy machine: a
     * smoke run's second), again for twice as long, at most three times.
     */
    private double measure(List<String> arguments, Duration duration) throws IOException, InterruptedException {
        Duration attempt = duration;
        for (int i = 0; ; i++) {
            List<String> timed = new ArrayList<>(arguments);
            timed.addAll(List.of("-T", String.valueOf(attempt.toSeconds())));
            String output = run(timed, attempt.plusMinutes(2));
            if (!NONE.matcher(output).find() || i == 2) {
                return tps(output);
            }
            attempt = attempt.multipliedBy(2);
        }
    }

    static double tps(String output) {
        Matcher m = TPS.matcher(output);
        if (m.find()) {
            return Double.parseDouble(m.group(1));
        }
        m = ANY_TPS.matcher(output);
        if (m.find()) {
            return Double.parseDouble(m.group(1));
        }
        throw new IllegalStateException("pgbench printed no tps: " + output.strip());
    }

    private String run(List<String> arguments, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", PackagedService.env("DB_HOST", "127.0.0.1"),
                "-p", PackagedService.env("DB_PORT", "5432"), "-U", PackagedService.env("DB_USER", "postgres")));
        command.addAll(arguments);
        command.add(database);
        Path output = Files.createTempFile("pgbench", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                            "/dev/null")));
            builder.environment().put("PGPASSWORD", PackagedService.env("DB_PASSWORD", ""));
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pgbench did not finish within " + timeout.toSeconds() + " s");
            }
            String text = Files.readString(output);
            Files.writeString(log, String.join(" ", command) + "\n" + text + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("pgbench exited with " + process.exitValue() + ": "
                        + text.strip().lines().reduce((a, b) -> b).orElse(""));
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
