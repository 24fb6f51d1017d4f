package org.enforcement.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.testing.PackagedService;
import org.enforcement.testing.TestOidcProvider;
import org.enforcement.testing.Tokens;

/**
 * The packaged case-service on free ports and a fresh database of its own, trusting the test OIDC provider started
 * here (the development key), with tokens of the demo court 苏0804 and the few API calls the benchmark needs.
 */
final class CaseServiceUnderTest implements AutoCloseable {

    static final String COURT = "苏0804";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestOidcProvider identityProvider = new TestOidcProvider();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;
    private final int managementPort;
    private PackagedService service;

    CaseServiceUnderTest() throws IOException {
        this.port = PackagedService.freePort();
        this.managementPort = PackagedService.freePort();
        // Should the run be stopped (Ctrl-C, kill -TERM of run.sh), the service must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-case-service"));
    }

    /** Starts the service and waits for readiness: the wall time from exec until it answered 200. */
    Duration start(Settings settings) throws Exception {
        if (!Files.isRegularFile(settings.caseJar())) {
            throw new IllegalStateException(settings.caseJar() + " is missing: build it (./mvnw -B -q -DskipTests"
                    + " package -pl case-service -am) or point BENCH_JARS_DIR at packaged services");
        }
        identityProvider.startServer();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OIDC_AUTH_SERVER_URL", identityProvider.issuer());
        env.put("OIDC_AUDIENCE", TestOidcProvider.AUDIENCE);
        env.put("CASE_SERVICE_PORT", String.valueOf(port));
        env.put("CASE_SERVICE_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("DB_NAME", settings.caseDatabase());
        // Capacity, not one caller's quota: the load comes from one token, which the per-caller limit would stop.
        env.put("RATE_LIMIT_ENABLED", "false");
        // In quarkus-app/, as run.sh does: an AppCDS archive is used only when java starts where it was made.
        service = PackagedService.start(Settings.CASE_SERVICE, settings.caseJar(), settings.jvmOptions(), env,
                settings.caseJar().toAbsolutePath().getParent(),
                settings.logs().toAbsolutePath().resolve("case-service.log"));
        return service.awaitReady(managementPort, Duration.ofSeconds(180));
    }

    long pid() {
        return service.pid();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A person's token of the court as the provider would issue it: role in groups, an hour. */
    String token(String user, String role) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", identityProvider.issuer());
        claims.put("aud", TestOidcProvider.AUDIENCE);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("preferred_username", user);
        claims.put("groups", List.of(role));
        claims.put("court", COURT);
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        return Tokens.sign(claims);
    }

    /** Registers a case (clerk) owing far more than any run pays, so no payment is refused for the amount. */
    String registerCase() throws IOException, InterruptedException {
        String body = """
                {"cause": "借款合同纠纷", "basisDocument": "(2022)苏0804民初567号民事判决书",
                 "principal": 900000000.00, "costs": 1300.00, "assignedJudge": "judge.chen",
                 "applicants": [{"kind": "PERSON", "name": "张某某", "phone": "13900001111"}],
                 "respondents": [{"kind": "PERSON", "name": "秦某某", "idNumber": "320804198801011234",
                                  "phone": "13812345678", "address": "江苏省淮安市淮阴区王营镇某村12号"}]}""";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/api/cases")))
                .header("Authorization", "Bearer " + token("clerk.wang", "clerk"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Registering the case answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    /** GET /api/cases/{id} with the token: the request P1 measures. */
    LoadRequest read(String caseId, String token) {
        return LoadRequest.get(URI.create(url("/api/cases/" + caseId)), Map.of("Authorization", "Bearer " + token));
    }

    /** POST /api/cases/{id}/payments as the officer with a fresh Idempotency-Key: the request P2 measures. */
    LoadRequest pay(String caseId, String token, BigDecimal amount, String idempotencyKey) {
        String body = "{\"channel\": \"BANK_TRANSFER\", \"payer\": \"秦某某\", \"amount\": " + amount.toPlainString()
                + ", \"reference\": \"bench\"}";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Content-Type", "application/json");
        headers.put("Idempotency-Key", idempotencyKey);
        return LoadRequest.post(URI.create(url("/api/cases/" + caseId + "/payments")), headers, body);
    }

    /** The case's paid total as the service reports it. */
    BigDecimal paid(String caseId) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/api/cases/" + caseId)))
                .header("Authorization", "Bearer " + token("judge.chen", "judge")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Reading the case answered " + response.statusCode() + ": "
                    + response.body());
        }
        JsonNode paid = JSON.readTree(response.body()).path("paid");
        return new BigDecimal(paid.asText());
    }

    /** CPU seconds (user + system) the process has used: /proc/<pid>/stat, fields 14 and 15. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after ") " the state is field 3, so utime (14) and stime (15) are at 11 and 12
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) clockTicks();
    }

    /** Resident set size in MB: VmRSS of /proc/<pid>/status. */
    double residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for process " + pid());
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    synchronized String logTail() {
        return service == null ? "" : service.tail();
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            service.close();
            service = null;
        }
        identityProvider.stop();
    }
}
