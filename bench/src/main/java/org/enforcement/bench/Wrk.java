package org.enforcement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk (when installed) for the reads: less CPU per request than a JVM client, on a machine the service shares. */
final class Wrk {

    record Result(double perSecond, long requests, long notOk, long socketErrors, double p99Millis) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+),"
            + " timeout (\\d+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

    private Wrk() {
    }

    /** {@code wrk --latency} GETs of {@code url} with the bearer token, from {@code connections} connections. */
    static Result get(String url, String token, int connections, Duration duration, Path log)
            throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        List<String> command = List.of("wrk", "--latency", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s", "-H", "Authorization: Bearer " + token, url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        Files.writeString(log, "wrk -c" + connections + " " + url + "\n" + output + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("wrk exited with " + process.exitValue() + ": " + output.strip());
        }
        return parse(output);
    }

    static Result parse(String output) {
        long notOk = find(NOT_OK, output).map(Long::parseLong).orElse(0L);
        long socketErrors = 0;
        Matcher errors = ERRORS.matcher(output);
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(errors.group(i));
            }
        }
        Matcher p99 = P99.matcher(output);
        if (!p99.find()) {
            throw new IllegalStateException("wrk printed no 99% latency: " + output.strip());
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return new Result(Double.parseDouble(find(RATE, output).orElseThrow(() -> new IllegalStateException(
                "wrk printed no Requests/sec: " + output.strip()))),
                Long.parseLong(find(REQUESTS, output).orElse("0")), notOk, socketErrors, millis);
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
}
