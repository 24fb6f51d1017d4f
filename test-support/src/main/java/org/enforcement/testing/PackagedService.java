package org.enforcement.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code quarkus-run.jar}) as a child process with its output in a log file, as the demo's system
 * test and the benchmark start them: {@link #start}, then {@link #awaitReady} on the management port, then
 * {@link #close} (TERM, KILL after 20 s). Also the free ports and fresh databases both need.
 */
public final class PackagedService implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private PackagedService(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java <jvmOptions> -jar <jar>} in {@code directory} with {@code env} added to this one's. */
    public static PackagedService start(String name, Path jar, List<String> jvmOptions, Map<String, String> env,
            Path directory, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        return new PackagedService(name, builder.start(), log, started);
    }

    /**
     * Waits until readiness on the management port answers 200 (polled every 20 ms, so start-up can be timed) and
     * answers the time since {@link #start}; fails with the log's tail if the process exits or time runs out.
     */
    public Duration awaitReady(int managementPort, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = startedNanos + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + " during start-up; see " + log + ":\n" + tail());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log
                        + ":\n" + tail());
            }
            Thread.sleep(20);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The last 30 lines of the log. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stopAll(List.of(this));
    }

    /** Stops the services: TERM to all first, then KILL whichever is still running after 20 s. */
    public static void stopAll(List<PackagedService> services) {
        for (PackagedService s : services) {
            s.process.destroy();
        }
        for (PackagedService s : services) {
            try {
                if (!s.process.waitFor(20, TimeUnit.SECONDS)) {
                    s.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                s.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Drops (with FORCE) and creates the databases on DB_HOST:DB_PORT as DB_USER, so a run starts empty. */
    public static void recreateDatabases(List<String> names) throws SQLException {
        String url = "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/postgres";
        try (var connection = DriverManager.getConnection(url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
             var statement = connection.createStatement()) {
            for (String name : names) {
                if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
                    throw new IllegalArgumentException("Not a plain database name: '" + name + "'");
                }
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new SQLException("Cannot reach PostgreSQL at " + url + " to create " + names + ": "
                    + e.getMessage(), e);
        }
    }

    /** The environment variable, or {@code fallback} when it is unset or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
