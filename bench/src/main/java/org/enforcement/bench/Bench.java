package org.enforcement.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.enforcement.bench.Report.Row;
import org.enforcement.bench.Report.Verdict;

/**
 * The benchmark of issue 18 in one command (deploy/bench/run.sh): prints one table of ratios against PostgreSQL's
 * own pgbench and of the services' figures against their goals. Exits 1 if a step failed (a missed goal is only
 * "not met"), 2 on a bad option.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        // jboss-logmanager is on the class path (test-support brings it); set before anything logs.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Settings settings;
        try {
            settings = Settings.from(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = run(settings, System.err);
        report.print(System.out);
        // the same table as a file, to paste into the README or an issue
        try (PrintStream file = new PrintStream(settings.logs().resolve("table.md").toFile(), "UTF-8")) {
            report.print(file);
        } catch (IOException e) {
            System.err.println("Could not write " + settings.logs().resolve("table.md") + ": " + e.getMessage());
        }
        System.exit(report.failed() ? 1 : 0);
    }

    /** Runs every measurement the settings ask for; progress goes to {@code progress}, the table is returned. */
    static Report run(Settings settings, PrintStream progress) {
        Report report = new Report();
        try {
            Files.createDirectories(settings.logs());
            report.header(Machine.when(settings.root()) + (settings.smoke() ? " (SMOKE: figures meaningless)" : ""));
            report.header(Machine.describe(settings.root()));
            report.header("load average at the start " + Machine.loadAverage());
            report.header("case-service " + settings.caseJar() + ", rate limits off, JVM options "
                    + settings.jvmOptions());
            report.header(settings.run().toSeconds() + " s per measurement, pgbench scale " + settings.pgbenchScale()
                    + ", reads by " + settings.loadGenerator() + ", payments by the Java generator; logs in "
                    + settings.logs());
        } catch (IOException e) {
            report.failed("-", "preparing the run", "", e);
            return report;
        }
        new ServiceBenchmark(settings, report, progress).run();
        tagged(settings, report, progress);
        report.note("load average at the end " + Machine.loadAverage());
        return report;
    }

    /** P4, P5 (and P3 if asked): the services' own tagged benchmarks through Maven; skipped in smoke mode. */
    private static void tagged(Settings settings, Report report, PrintStream progress) {
        MavenBenchmarks maven = new MavenBenchmarks(settings);
        String p4 = "feed ingestion (stats-service IngestionBenchmark, " + settings.ingestionEvents() + " events)";
        String p5 = "dispatch 200 targets × 5 teams (operation-service DispatchBenchmark)";
        String p5Goal = "< 0.5 s; gap ≤ 10 %; ≥ 25 % better than sweep+NN";
        if (!settings.mavenBenchmarks()) {
            String why = settings.smoke() ? "skipped in smoke mode (no Maven inside Maven)" : "skipped (BENCH_MAVEN=0)";
            report.add(new Row("P4", p4, "", "", why, "≥ 10,000 events/s, exact", Verdict.SKIPPED));
            report.add(new Row("P5", p5, "", "", why, p5Goal, Verdict.SKIPPED));
            return;
        }
        tagged(report, progress, "P4", p4, "≥ 10,000 events/s, exact", maven::ingestion, f -> {
            var rate = MavenBenchmarks.number(f, "events_per_second");
            String text = rate.map(r -> Report.decimal(r, 0) + " events/s").orElse("events/s n/a")
                    + ", exact=" + f.getOrDefault("exact", "n/a");
            return new Row("P4", p4, "", text, rate.map(r -> Report.decimal(r, 0)).orElse("n/a"),
                    "≥ 10,000 events/s, exact", rate.isEmpty() ? Verdict.NOT_MEASURED
                    : Verdict.of(rate.get() >= 10_000 && "true".equals(f.get("exact"))));
        });
        tagged(report, progress, "P5", p5, p5Goal, maven::dispatch, f -> {
            var seconds = MavenBenchmarks.number(f, "seconds");
            var gap = MavenBenchmarks.number(f, "gap_pct");
            var better = MavenBenchmarks.number(f, "better_than_sweep_pct");
            String text = seconds.map(s -> s + " s").orElse("n/a") + "; latest arrival "
                    + f.getOrDefault("latest_arrival_min", "n/a") + " min, lower bound "
                    + f.getOrDefault("lower_bound_min", "n/a") + " min, sweep+NN " + f.getOrDefault("sweep_nn_min", "n/a")
                    + " min";
            String figure = "gap " + gap.map(g -> g + " %").orElse("n/a") + ", "
                    + better.map(b -> b + " %").orElse("n/a") + " better";
            Verdict verdict = seconds.isEmpty() || gap.isEmpty() || better.isEmpty() ? Verdict.NOT_MEASURED
                    : Verdict.of(seconds.get() < 0.5 && gap.get() <= 10 && better.get() >= 25);
            return new Row("P5", p5, "", text, figure, p5Goal, verdict);
        });
        if (settings.queryBenchmark()) {
            String p3 = "stats over a year, all courts (stats-service QueryBenchmark)";
            tagged(report, progress, "P3", p3, "p95 < 100 ms", maven::query, f -> {
                var p95 = MavenBenchmarks.number(f, "p95_ms");
                return new Row("P3", p3, "", p95.map(p -> "p95 " + p + " ms").orElse("n/a"),
                        p95.map(p -> p + " ms").orElse("n/a"), "p95 < 100 ms",
                        p95.map(p -> Verdict.of(p < 100)).orElse(Verdict.NOT_MEASURED));
            });
        }
    }

    private interface Benchmark {
        Map<String, String> run() throws Exception;
    }

    private static void tagged(Report report, PrintStream progress, String id, String what, String goal,
            Benchmark benchmark, Function<Map<String, String>, Row> row) {
        progress.println("[bench] " + id + " " + what + " (load average " + Machine.loadAverage() + ")");
        try {
            report.add(row.apply(benchmark.run()));
        } catch (Exception e) {
            report.failed(id, what, goal, e);
        }
    }
}
