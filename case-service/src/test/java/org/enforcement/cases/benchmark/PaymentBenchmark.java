package org.enforcement.cases.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Payments per second with {@code payment.benchmark.writers} (default 16) concurrent clients, each paying 0.01 into
 * its own case, the cases spread over {@code payment.benchmark.courts} courts (default 1: every writer queues on the
 * same court's audit chain), for {@code payment.benchmark.seconds} (default 40) after a 5-second warm-up; then
 * checks that every payment is in the ledgers and the audit trail still verifies. Not part of the normal test run:
 * {@code -Dgroups=benchmark -Dtest=PaymentBenchmark}.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@Tag("benchmark")
class PaymentBenchmark {

    private static final int WRITERS = Integer.getInteger("payment.benchmark.writers", 16);
    private static final int COURTS = Integer.getInteger("payment.benchmark.courts", 1);
    private static final long SECONDS = Long.getLong("payment.benchmark.seconds", 40);
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final Map<String, Object> CENT = Map.of("channel", "ON_SITE", "payer", "秦某某",
            "amount", new BigDecimal("0.01"), "receivedOn", "2023-02-02", "reference", "benchmark");

    @Test
    void paymentsPerSecond() throws Exception {
        List<Court> courts = new ArrayList<>();
        for (int c = 0; c < COURTS; c++) {
            courts.add(Court.fresh());
        }
        List<String> cases = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            cases.add(inEnforcement(courts.get(w % COURTS)));
        }
        long[][] warmUp = run(courts, cases, 5);
        Waits waits = new Waits();
        Thread sampler = new Thread(waits);
        sampler.start();
        long[][] measured = run(courts, cases, SECONDS);
        waits.stop = true;
        sampler.join();
        long payments = Arrays.stream(measured).mapToLong(m -> m.length).sum();
        long[] latencies = Arrays.stream(measured).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%nPaymentBenchmark: %d writers, %d court(s), %d s: %d payments, %.1f payments/s,"
                        + " p50 %.1f ms, p99 %.1f ms%n%n", WRITERS, COURTS, SECONDS, payments,
                payments / (double) SECONDS, latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6);
        System.out.printf("PaymentBenchmark: of the database's sessions, on average %.1f in a transaction, %.1f of"
                        + " them waiting for a lock (%s), over %d samples%n%n", waits.busy / (double) waits.samples,
                waits.locked / (double) waits.samples, waits.byEvent, waits.samples);

        for (int w = 0; w < WRITERS; w++) {
            Court court = courts.get(w % COURTS);
            BigDecimal paid = given().auth().oauth2(court.clerk()).get("/api/cases/" + cases.get(w)).then()
                    .statusCode(200).extract().jsonPath().using(EXACT).getObject("paid", BigDecimal.class);
            assertThat(paid).as("paid into case " + w)
                    .isEqualByComparingTo(new BigDecimal(warmUp[w].length + measured[w].length).movePointLeft(2));
        }
        given().auth().oauth2(courts.get(0).director()).get("/api/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    /** Samples pg_stat_activity every 20 ms: sessions in a transaction, and those waiting for a lock. */
    private static final class Waits implements Runnable {
        volatile boolean stop;
        long samples;
        long busy;
        long locked;
        final Map<String, Long> byEvent = new java.util.TreeMap<>();

        @Override
        public void run() {
            // As DB_USER (a superuser here): other roles' sessions show their waits to it only.
            String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("quarkus.datasource.jdbc.url", String.class);
            String user = System.getenv().getOrDefault("DB_USER", "postgres");
            String password = System.getenv().getOrDefault("DB_PASSWORD", "");
            try (Connection c = java.sql.DriverManager.getConnection(url, user, password);
                 PreparedStatement s = c.prepareStatement("""
                         SELECT wait_event_type, wait_event FROM pg_stat_activity
                         WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL""")) {
                while (!stop) {
                    samples++;
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            busy++;
                            if ("Lock".equals(rows.getString(1))) {
                                locked++;
                                byEvent.merge(rows.getString(2), 1L, Long::sum);
                            }
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Each writer's latencies (ns) of the payments it made in {@code seconds}. */
    private static long[][] run(List<Court> courts, List<String> cases, long seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String token = courts.get(w % COURTS).clerk();
            String caseId = cases.get(w);
            writers.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                for (long start = System.nanoTime(); start < end; start = System.nanoTime()) {
                    pay(token, caseId, UUID.randomUUID().toString(), CENT).then().statusCode(201);
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[][] result = new long[WRITERS][];
        for (int w = 0; w < WRITERS; w++) {
            result[w] = writers.get(w).get();
        }
        pool.shutdown();
        return result;
    }
}
