package org.enforcement.operations.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;
import org.enforcement.operations.dispatch.DispatchProblem.TeamInput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 200 random targets in a 20 km square around the assembly point, 5 teams, planned by the planner the service uses
 * (same time limit and speed defaults, no HTTP, no database) and by a sweep + nearest-neighbour plan for
 * comparison ({@link SweepNearestNeighbour}). Two instance sets with fixed seeds: P5, arrivals only (no service
 * time, no windows: the instance the planner was first measured on), and P5S, where a team spends 5–30 minutes at
 * each target and every tenth target must be reached within two hours. Prints one {@code BENCH} line per set for the
 * benchmark harness. Not part of the normal test run; see operation-service/BENCHMARK.md.
 */
@Tag("benchmark")
class DispatchBenchmark {

    static final int TARGETS = Integer.getInteger("dispatch.benchmark.targets", 200);
    static final int TEAMS = Integer.getInteger("dispatch.benchmark.teams", 5);
    static final int RUNS = Integer.getInteger("dispatch.benchmark.runs", 5);
    static final Duration TIME_LIMIT = Duration.ofMillis(Long.getLong("dispatch.benchmark.time-limit-ms", 450));
    static final int ROUNDS = Integer.getInteger("dispatch.benchmark.rounds-per-target",
            DispatchPlanner.ROUNDS_PER_TARGET);
    static final double LAT = 33.6310;
    static final double LNG = 119.0250;
    static final double SIDE_KM = 20;
    /** CPU time of this thread: on a shared machine it shows how much of the wall time the planner really ran. */
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static final ZonedDateTime DEPARTURE = ZonedDateTime.of(LocalDate.of(2023, 2, 2), LocalTime.of(5, 30),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void planTwoHundredTargetsForFiveTeams() {
        long coldStart = System.nanoTime();
        DispatchPlanner planner = new DispatchPlanner(TIME_LIMIT, ROUNDS);
        planner.warmUp(); // as the service does at startup
        System.out.printf("%nDispatch benchmark: %d targets in a %.0f km square, %d teams, time limit %d ms,"
                        + " %d rounds per target; warm-up (once, at service startup) %d ms%n", TARGETS, SIDE_KM, TEAMS,
                TIME_LIMIT.toMillis(), ROUNDS, (System.nanoTime() - coldStart) / 1_000_000);
        long slowest = Math.max(run(planner, "P5", false), run(planner, "P5S", true));
        assertThat(slowest).as("every plan within a second").isLessThan(1000);
    }

    /** Plans the set, prints a line per instance and the BENCH line; returns the slowest wall time (ms). */
    private static long run(DispatchPlanner planner, String name, boolean serviced) {
        System.out.println(name + (serviced ? ": 5-30 min at each target, every tenth within 2 h" : ": arrivals only"));
        System.out.println("run  wall ms  cpu ms  rounds  latest  bound (reach/workload/tree)  gap  gap %  travel  sweep+NN");
        long[] wall = new long[RUNS];
        long latest = 0;
        long bound = 0;
        long sweep = 0;
        for (int run = 0; run < RUNS; run++) {
            DispatchProblem problem = instance(1000 + run, serviced);
            long started = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            DispatchPlanResponse plan = planner.plan(problem);
            wall[run] = (System.nanoTime() - started) / 1_000_000;
            cpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            long baseline = SweepNearestNeighbour.latestArrival(problem);
            var b = plan.lowerBound();
            System.out.printf("%3d  %7d  %6d  %6d  %6d  %5d (%d/%d/%d)  %13d  %5.1f  %6d  %8d%n", run + 1, wall[run], cpu,
                    plan.solver().rounds(),
                    plan.latestArrival().minutes(), b.minutes(), b.reachMinutes(), b.workloadMinutes(),
                    b.spanningTreeMinutes(), plan.gap(), plan.gapPercent(), plan.totalTravelMinutes(), baseline);
            assertThat(plan.targets()).hasSize(TARGETS).doesNotContainNull();
            assertThat(plan.gap()).isNotNegative();
            latest += plan.latestArrival().minutes();
            bound += b.minutes();
            sweep += baseline;
        }
        long[] sorted = wall.clone();
        Arrays.sort(sorted);
        System.out.printf("wall time p50 %d ms, max %d ms%n", sorted[(RUNS - 1) / 2], sorted[RUNS - 1]);
        // Means over the instances; the percentages are of the sums, so they agree with the means shown.
        System.out.println(String.format(Locale.ROOT, "BENCH %s seconds=%.3f latest_arrival_min=%.1f"
                        + " lower_bound_min=%.1f gap_pct=%.1f sweep_nn_min=%.1f better_than_sweep_pct=%.1f", name,
                sorted[(RUNS - 1) / 2] / 1000.0, (double) latest / RUNS, (double) bound / RUNS,
                100.0 * (latest - bound) / bound, (double) sweep / RUNS, 100.0 * (sweep - latest) / sweep));
        System.out.println();
        return sorted[RUNS - 1];
    }

    static DispatchProblem instance(long seed, boolean serviced) {
        Random random = new Random(seed);
        List<TeamInput> teams = new ArrayList<>();
        for (int i = 1; i <= TEAMS; i++) {
            teams.add(new TeamInput(new UUID(seed, i), i, "第" + i + "组"));
        }
        double dLat = SIDE_KM / 2 / 111.195;
        double dLng = SIDE_KM / 2 / (111.195 * Math.cos(Math.toRadians(LAT)));
        List<TargetInput> targets = new ArrayList<>();
        for (int i = 1; i <= TARGETS; i++) {
            double lat = LAT + (random.nextDouble() * 2 - 1) * dLat;
            double lng = LNG + (random.nextDouble() * 2 - 1) * dLng;
            int service = serviced ? 5 + random.nextInt(26) : 0;
            LocalTime notAfter = serviced && i % 10 == 0 ? DEPARTURE.toLocalTime().plusHours(2) : null;
            targets.add(new TargetInput(new UUID(seed, 1000 + i), i, "(2023)苏0804执" + i + "号", "李某", lat, lng,
                    null, notAfter, null, service));
        }
        return new DispatchProblem(new UUID(seed, 0), DEPARTURE, LAT, LNG, 40, teams, targets, Map.of(), List.of(),
                serviced ? 15 : 0);
    }
}
