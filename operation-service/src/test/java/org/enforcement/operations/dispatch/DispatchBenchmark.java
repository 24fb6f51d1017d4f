package org.enforcement.operations.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;
import org.enforcement.operations.dispatch.DispatchProblem.TeamInput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 200 random targets in a 20 km square around the assembly point, 5 teams, planned 10 times by the planner the
 * service uses (same time limit and speed defaults, no HTTP, no database). Not part of the normal test run; see
 * operation-service/BENCHMARK.md.
 */
@Tag("benchmark")
class DispatchBenchmark {

    static final int TARGETS = Integer.getInteger("dispatch.benchmark.targets", 200);
    static final int TEAMS = Integer.getInteger("dispatch.benchmark.teams", 5);
    static final int RUNS = Integer.getInteger("dispatch.benchmark.runs", 10);
    static final Duration TIME_LIMIT = Duration.ofMillis(Long.getLong("dispatch.benchmark.time-limit-ms", 800));
    static final double LAT = 33.6310;
    static final double LNG = 119.0250;
    static final double SIDE_KM = 20;

    @Test
    void planTwoHundredTargetsForFiveTeams() {
        long coldStart = System.nanoTime();
        DispatchPlanner planner = new DispatchPlanner(TIME_LIMIT);
        planner.warmUp(); // as the service does at startup
        long warmUpMillis = (System.nanoTime() - coldStart) / 1_000_000;
        ZonedDateTime departure = ZonedDateTime.of(LocalDate.of(2023, 2, 2), LocalTime.of(5, 30),
                ZoneId.of("Asia/Shanghai"));
        List<TeamInput> teams = new ArrayList<>();
        for (int i = 1; i <= TEAMS; i++) {
            teams.add(new TeamInput(UUID.randomUUID(), i, "第" + i + "组"));
        }
        double dLat = SIDE_KM / 2 / 111.195;
        double dLng = SIDE_KM / 2 / (111.195 * Math.cos(Math.toRadians(LAT)));
        long[] wall = new long[RUNS];
        long[] gaps = new long[RUNS];
        System.out.printf("%nDispatch benchmark: %d targets in a %.0f km square, %d teams, time limit %d ms%n",
                TARGETS, SIDE_KM, TEAMS, TIME_LIMIT.toMillis());
        System.out.printf("solver factory + warm-up (done once at service startup): %d ms%n", warmUpMillis);
        System.out.println("run  wall ms  solver ms  latest  lower bound (reach/workload)  gap  travel");
        for (int run = 0; run < RUNS; run++) {
            Random random = new Random(1000 + run);
            List<TargetInput> targets = new ArrayList<>();
            for (int i = 1; i <= TARGETS; i++) {
                targets.add(new TargetInput(UUID.randomUUID(), i, "(2023)苏0804执" + i + "号", "李某",
                        LAT + (random.nextDouble() * 2 - 1) * dLat, LNG + (random.nextDouble() * 2 - 1) * dLng,
                        null, null, null));
            }
            DispatchProblem problem = new DispatchProblem(UUID.randomUUID(), departure, LAT, LNG, 40, teams, targets,
                    Map.of(), List.of());
            long started = System.nanoTime();
            DispatchPlanResponse plan = planner.plan(problem);
            wall[run] = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("%3d  %7d  %9d  %6d  %6d (%d/%d)  %20d  %6d%n", run + 1, wall[run],
                    plan.solver().timeSpentMillis(), plan.latestArrival().minutes(), plan.lowerBound().minutes(),
                    plan.lowerBound().reachMinutes(), plan.lowerBound().workloadMinutes(), plan.gap(),
                    plan.totalTravelMinutes());
            gaps[run] = plan.gap();
            assertThat(plan.targets()).hasSize(TARGETS);
            assertThat(plan.gap()).isNotNegative();
        }
        long[] sorted = wall.clone();
        Arrays.sort(sorted);
        long p50 = sorted[(RUNS - 1) / 2];
        long max = sorted[RUNS - 1];
        System.out.printf("wall time p50 %d ms, max %d ms; gap p50 %d min%n%n", p50, max, gapP50(gaps));
        assertThat(max).as("every plan within a second").isLessThan(1000);
    }

    private static long gapP50(long[] gaps) {
        long[] sorted = gaps.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
