package org.enforcement.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.enforcement.bench.Report.Row;
import org.enforcement.bench.Report.Verdict;
import org.enforcement.testing.PackagedService;

/**
 * P6, P1 and P2: case-service started from its packaged jar (start-up time, CPU and memory), then reads and payments
 * each measured between two pgbench runs on the same PostgreSQL (reference, system, reference again), so the load
 * of the machine at that minute cancels out of the ratio.
 */
final class ServiceBenchmark {

    static final BigDecimal AMOUNT = new BigDecimal("1.23");
    private static final String P1_GOAL = "≥ 30 %";
    private static final String P2_GOAL = "≥ 30 %";

    private final Settings settings;
    private final Report report;
    private final PrintStream progress;
    private final Pgbench pgbench;

    ServiceBenchmark(Settings settings, Report report, PrintStream progress) {
        this.settings = settings;
        this.report = report;
        this.progress = progress;
        this.pgbench = new Pgbench(settings.pgbenchDatabase(), settings.logs().resolve("pgbench.log"));
    }

    void run() {
        boolean referenceReady = prepareReference();
        try (CaseServiceUnderTest service = new CaseServiceUnderTest()) {
            step("P6 starting " + settings.caseJar());
            Duration ready;
            double cpu;
            double rssAfterStart;
            try {
                ready = service.start(settings);
                cpu = service.cpuSeconds();
                rssAfterStart = service.residentMegabytes();
            } catch (Exception e) {
                report.failed("P6", "case-service start-up", "< 2 s", e);
                report.note("case-service log: " + settings.logs().resolve("case-service.log") + "\n" + service.logTail());
                return;
            }
            report.add(new Row("P6", "start-up of case-service (JVM) to ready", "",
                    "ready in " + Report.decimal(ready.toMillis() / 1000.0, 2) + " s, " + Report.decimal(cpu, 1)
                            + " CPU-s", Report.decimal(ready.toMillis() / 1000.0, 2) + " s", "< 2 s",
                    Verdict.of(ready.toMillis() < 2000)));
            if (!referenceReady) {
                return;
            }
            String caseId;
            try {
                caseId = service.registerCase();
            } catch (Exception e) {
                report.failed("P1", "registering the case to read", P1_GOAL, e);
                return;
            }
            if (settings.measures("P1")) {
                reads(service, caseId);
            }
            if (settings.measures("P2")) {
                payments(service, paidCases(service, caseId));
            }
            try {
                double rssAfterLoad = service.residentMegabytes();
                report.add(new Row("P6", "memory of case-service (RSS)", "", "after start "
                        + Report.decimal(rssAfterStart, 0) + " MB, after P1/P2 " + Report.decimal(rssAfterLoad, 0)
                        + " MB", Report.decimal(rssAfterLoad, 0) + " MB", "< 300 MB under load",
                        Verdict.of(rssAfterLoad < 300)));
            } catch (Exception e) {
                report.failed("P6", "memory of case-service (RSS)", "< 300 MB under load", e);
            }
        } catch (Exception e) {
            report.failed("P6", "case-service", "", e);
        }
    }

    private boolean prepareReference() {
        try {
            step("creating " + settings.pgbenchDatabase() + " (pgbench -i -s " + settings.pgbenchScale() + ") and "
                    + settings.caseDatabase());
            PackagedService.recreateDatabases(List.of(settings.pgbenchDatabase(), settings.caseDatabase()));
            pgbench.initialise(settings.pgbenchScale());
            return true;
        } catch (Exception e) {
            report.failed("P1", "pgbench reference database", P1_GOAL, e);
            return false;
        }
    }

    /** P1: GET /api/cases/{id} against pgbench -S, and the p99 at a few connections. */
    private void reads(CaseServiceUnderTest service, String caseId) {
        String token = service.token("judge.chen", "judge");
        try {
            step("P1 warm-up");
            readLoad(service, caseId, token, settings.connections(), warmUp(), null);
            step("P1 reference pgbench -S");
            double before = pgbench.selectOnly(settings.connections(), settings.run());
            step("P1 GET /api/cases/{id}, " + settings.connections() + " connections");
            double cpuBefore = service.cpuSeconds();
            double[] system = readLoad(service, caseId, token, settings.connections(), settings.run(), "P1");
            String cpu = cpuPerRequest(service.cpuSeconds() - cpuBefore, system[0] * settings.run().toSeconds());
            step("P1 reference pgbench -S again");
            double after = pgbench.selectOnly(settings.connections(), settings.run());
            double ratio = system[0] / ((before + after) / 2);
            report.add(new Row("P1", "GET /api/cases/{id} vs pgbench -S, " + settings.connections() + " connections",
                    tps(before) + " / " + tps(after) + " tps", Report.decimal(system[0], 0) + " req/s ("
                    + settings.loadGenerator() + "), " + cpu, Report.percent(ratio), P1_GOAL,
                    Verdict.of(ratio >= 0.30)));
            step("P1 latency at " + settings.latencyConnections() + " connections");
            double[] latency = readLoad(service, caseId, token, settings.latencyConnections(), settings.run(),
                    "P1 latency");
            report.add(new Row("P1", "GET p99 latency, " + settings.latencyConnections() + " connections", "",
                    Report.decimal(latency[0], 0) + " req/s (" + settings.loadGenerator() + ")",
                    "p99 " + Report.decimal(latency[1], 1) + " ms", "< 10 ms", Verdict.of(latency[1] < 10)));
        } catch (Exception e) {
            report.failed("P1", "GET /api/cases/{id} vs pgbench -S", P1_GOAL, e);
        }
    }

    /**
     * Requests per second and p99 in ms of the reads. A measured run ({@code what} not null) fails if an answer was
     * not 2xx; wrk's socket errors (no answer within 10 s) are noted. The warm-up's answers are not checked.
     */
    private double[] readLoad(CaseServiceUnderTest service, String caseId, String token, int connections,
            Duration duration, String what) throws Exception {
        if (settings.loadGenerator().equals("wrk")) {
            Wrk.Result r = Wrk.get(service.url("/api/cases/" + caseId), token, connections, duration,
                    settings.logs().resolve("wrk.log"));
            if (what != null && r.socketErrors() > 0) {
                report.note(what + ": wrk counted " + r.socketErrors() + " socket errors (timeouts included) in "
                        + r.requests() + " requests");
            }
            if (what != null && r.notOk() > 0) {
                throw new IllegalStateException(r.notOk() + " of " + r.requests() + " reads were not 200 (see "
                        + service.url("/api/cases/" + caseId) + ")");
            }
            return new double[] {r.perSecond(), r.p99Millis()};
        }
        var request = service.read(caseId, token);
        HttpLoad.Result r = HttpLoad.run(connections, duration, (worker, n) -> request);
        if (what != null && r.count(200) != r.requests()) {
            throw new IllegalStateException("Not every read answered 200: " + r.statuses());
        }
        return new double[] {r.perSecond(), r.p99Millis()};
    }

    /**
     * The cases P2 pays into: as many as pgbench has branches (its scale), so that both sides queue on as many hot
     * rows (a payment holds its case's lock, a TPC-B-like transaction its branch's).
     */
    private List<String> paidCases(CaseServiceUnderTest service, String first) {
        List<String> cases = new ArrayList<>(List.of(first));
        try {
            while (cases.size() < settings.pgbenchScale()) {
                cases.add(service.registerCase());
            }
        } catch (Exception e) {
            report.failed("P2", "registering the cases to pay into", P2_GOAL, e);
        }
        return cases;
    }

    /** P2: payments with unique keys against pgbench's TPC-B-like script, then the exactness check. */
    private void payments(CaseServiceUnderTest service, List<String> cases) {
        String token = service.token("officer.zhao", "officer");
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpLoad.Requests pay = (worker, n) -> service.pay(cases.get(worker % cases.size()), token, AMOUNT,
                "bench-" + run + "-" + worker + "-" + n);
        long created = 0;
        try {
            step("P2 warm-up");
            HttpLoad.Result warm = HttpLoad.run(settings.connections(), warmUp(),
                    (worker, n) -> pay.make(worker + 1000, n));
            created += warm.count(201);
            step("P2 reference pgbench (TPC-B-like)");
            double before = pgbench.tpcbLike(settings.connections(), settings.run());
            step("P2 POST /api/cases/{id}/payments, " + settings.connections() + " connections, " + cases.size()
                    + " cases");
            double cpuBefore = service.cpuSeconds();
            HttpLoad.Result system = HttpLoad.run(settings.connections(), settings.run(), pay);
            String cpu = cpuPerRequest(service.cpuSeconds() - cpuBefore, system.requests());
            created += system.count(201);
            step("P2 reference pgbench again");
            double after = pgbench.tpcbLike(settings.connections(), settings.run());
            double ratio = system.count(201) / system.seconds() / ((before + after) / 2);
            report.add(new Row("P2", "POST …/payments (unique keys) vs pgbench TPC-B-like, " + settings.connections()
                    + " connections, " + cases.size() + " cases / branches", tps(before) + " / " + tps(after) + " tps", Report.decimal(system.count(201)
                    / system.seconds(), 0) + " payments/s (java), " + cpu, Report.percent(ratio), P2_GOAL,
                    Verdict.of(ratio >= 0.30)));
            notOk("P2 warm-up", warm.statuses());
            notOk("P2", system.statuses());
        } catch (Exception e) {
            report.failed("P2", "POST …/payments vs pgbench TPC-B-like", P2_GOAL, e);
        }
        try {
            BigDecimal paid = BigDecimal.ZERO;
            for (String caseId : cases) {
                paid = paid.add(service.paid(caseId));
            }
            BigDecimal expected = AMOUNT.multiply(BigDecimal.valueOf(created));
            boolean exact = paid.compareTo(expected) == 0;
            report.add(new Row("P2", "exactness: the cases' paid totals = answers 201 × amount", "",
                    "paid " + paid.toPlainString() + ", " + created + " × " + AMOUNT + " = " + expected.toPlainString(),
                    exact ? "exact" : "OFF by " + paid.subtract(expected).toPlainString(), "exact",
                    Verdict.of(exact && created > 0)));
        } catch (Exception e) {
            report.failed("P2", "exactness of the paid total", "exact", e);
        }
    }

    private void notOk(String what, Map<Integer, Long> statuses) {
        Map<Integer, Long> others = new TreeMap<>(statuses);
        others.remove(201);
        if (!others.isEmpty()) {
            report.note(what + ": answers other than 201 (status=count, not counted as paid): " + others);
        }
    }

    private Duration warmUp() {
        return settings.warmUp();
    }

    /** The service's CPU time per request: what the ratio costs, and comparable when the machine is busy. */
    private static String cpuPerRequest(double cpuSeconds, double requests) {
        return Report.decimal(cpuSeconds * 1000 / Math.max(1, requests), 2) + " CPU-ms/req";
    }

    private static String tps(double value) {
        return Report.decimal(value, 0);
    }

    private void step(String what) {
        progress.println("[bench] " + what + " (load average " + Machine.loadAverage() + ")");
    }
}
