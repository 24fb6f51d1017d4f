package org.enforcement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.bench.Report.Row;
import org.enforcement.bench.Report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke run, part of ./mvnw verify: the packaged case-service (built earlier in the reactor) against
 * pgbench on free ports and databases of its own, a second per measurement, P4 and P5 skipped (no Maven inside
 * Maven). Reads by wrk if installed, else by the Java generator; payments always by the Java generator.
 */
class BenchSmokeIT {

    @Test
    void smokeRunPrintsEveryRowAndThePaymentsAreExact() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("BENCH_DB_PREFIX", "enforcement_bench_smoke");
        env.put("BENCH_LOGS", Settings.repositoryRoot().resolve("bench/target/bench-smoke").toString());
        env.remove("BENCH_JARS_DIR");
        Settings settings = Settings.from(List.of("--smoke"), env);
        assertThat(settings.mavenBenchmarks()).isFalse();

        Report report = Bench.run(settings, System.err);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String table = printed.toString(StandardCharsets.UTF_8);
        System.out.println(table);

        assertThat(report.failed()).as(table).isFalse();
        assertThat(report.rows()).extracting(Row::id)
                .containsExactly("P6", "P1", "P1", "P2", "P2", "P6", "P4", "P5");
        assertThat(report.rows()).allSatisfy(row -> assertThat(row.verdict()).isNotEqualTo(Verdict.NOT_MEASURED));
        Row exactness = report.rows().get(4);
        assertThat(exactness.what()).startsWith("exactness");
        assertThat(exactness.verdict()).as(table).isEqualTo(Verdict.MET);
        assertThat(report.rows().subList(6, 8)).extracting(Row::verdict).containsOnly(Verdict.SKIPPED);
        assertThat(table).contains("| P1 | GET /api/cases/{id} vs pgbench -S", "| P2 | POST …/payments",
                "machine: ", "PostgreSQL 15", "load average at the start");
    }
}
