package org.enforcement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.enforcement.testing.PackagedService;

/** The machine a table was measured on, for its header: figures mean little without it. */
final class Machine {

    private Machine() {
    }

    static String describe(Path root) {
        return "machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), RAM "
                + memory() + ", PostgreSQL " + postgresVersion() + ", Java " + System.getProperty("java.version");
    }

    static String when(Path root) {
        return "measured " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on commit " + commit(root);
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown model");
        } catch (IOException e) {
            return "unknown model";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GB")
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String postgresVersion() {
        String url = "jdbc:postgresql://" + PackagedService.env("DB_HOST", "127.0.0.1") + ":"
                + PackagedService.env("DB_PORT", "5432") + "/postgres";
        try (var c = DriverManager.getConnection(url, PackagedService.env("DB_USER", "postgres"),
                PackagedService.env("DB_PASSWORD", ""));
             var r = c.createStatement().executeQuery("SHOW server_version")) {
            return r.next() ? r.getString(1) : "unknown";
        } catch (java.sql.SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    private static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
