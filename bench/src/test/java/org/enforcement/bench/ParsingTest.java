package org.enforcement.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the harness reads from pgbench, wrk and the tagged benchmarks, including what they leave out. */
class ParsingTest {

    @Test
    void pgbenchTpsWithoutConnectionTime() {
        String output = """
                number of transactions actually processed: 301234
                latency average = 0.797 ms
                initial connection time = 12.345 ms
                tps = 20078.402311 (without initial connection time)
                """;
        assertThat(Pgbench.tps(output)).isEqualTo(20078.402311);
        assertThatThrownBy(() -> Pgbench.tps("connection to server failed")).hasMessageContaining("no tps");
    }

    @Test
    void wrkRateLatencyAndAnswersThatWereNotOk() {
        String output = """
                Running 15s test @ http://localhost:41000/api/cases/x
                  2 threads and 4 connections
                  Latency Distribution
                     50%    1.10ms
                     75%    1.50ms
                     90%    2.20ms
                     99%  850.00us
                  22000 requests in 15.00s, 20.1MB read
                  Socket errors: connect 0, read 2, write 0, timeout 1
                  Non-2xx or 3xx responses: 7
                Requests/sec:   1466.52
                """;
        Wrk.Result r = Wrk.parse(output);
        assertThat(r.perSecond()).isEqualTo(1466.52);
        assertThat(r.requests()).isEqualTo(22000);
        assertThat(r.notOk()).isEqualTo(7);
        assertThat(r.socketErrors()).isEqualTo(3);
        assertThat(r.p99Millis()).isEqualTo(0.85);
        assertThat(Wrk.parse(output.replace("850.00us", "1.20s")).p99Millis()).isEqualTo(1200.0);
    }

    @Test
    void dispatchFiguresFromWhatTheBenchmarkPrintedBeforeItsBenchLine() {
        String output = """
                run  wall ms  solver ms  latest  lower bound (reach/workload)  gap  travel
                  1      905        851     105      61 (21/61)                    44     521
                  2      630        627     101      62 (21/62)                    39     497
                wall time p50 763 ms, max 933 ms; gap p50 40 min
                """;
        assertThat(MavenBenchmarks.dispatchFigures(output)).containsEntry("seconds", "0.933")
                .containsEntry("latest_arrival_min", "105").containsEntry("lower_bound_min", "61")
                .containsEntry("gap_pct", "72").doesNotContainKey("better_than_sweep_pct");
        assertThat(MavenBenchmarks.dispatchFigures(output + "BENCH P5 seconds=0.41 gap_pct=8\n"))
                .containsOnly(Map.entry("seconds", "0.41"), Map.entry("gap_pct", "8"));
    }

    @Test
    void benchLinesLastOneWinsAndMissingKeysAreAbsent() {
        String output = """
                BENCH P4 events_per_second=100 events=10 seconds=0.1 exact=false
                [INFO] noise BENCH P5 seconds=0.45 gap_pct=7.5 latest_arrival_min=70
                BENCH P4 events_per_second=12345 events=200000 seconds=16.2 exact=true
                """;
        Map<String, String> p4 = MavenBenchmarks.benchLine(output, "P4");
        assertThat(p4).containsEntry("events_per_second", "12345").containsEntry("exact", "true").hasSize(4);
        Map<String, String> p5 = MavenBenchmarks.benchLine(output, "P5");
        assertThat(MavenBenchmarks.number(p5, "seconds")).contains(0.45);
        assertThat(MavenBenchmarks.number(p5, "better_than_sweep_pct")).isEmpty();
        assertThat(MavenBenchmarks.benchLine(output, "P3")).isEmpty();
    }
}
