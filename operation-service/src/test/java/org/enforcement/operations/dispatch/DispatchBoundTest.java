package org.enforcement.operations.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.dispatch.DispatchPlannerTest.DEPARTURE;
import static org.enforcement.operations.dispatch.DispatchPlannerTest.LAT;
import static org.enforcement.operations.dispatch.DispatchPlannerTest.LNG;
import static org.enforcement.operations.dispatch.DispatchPlannerTest.teams;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;
import org.enforcement.operations.dispatch.DispatchProblem.TeamInput;
import org.junit.jupiter.api.Test;

/**
 * The lower bound and the plan on random instances (fixed seeds): small ones against every possible plan, larger
 * ones against the rules a plan must keep.
 */
class DispatchBoundTest {

    private final DispatchPlanner planner = new DispatchPlanner(Duration.ofSeconds(5));

    @Test
    void shouldMatchTheBestPossiblePlanOfSmallOperationsAndStayAboveTheBound() {
        Random random = new Random(5);
        for (int round = 0; round < 25; round++) {
            int n = 3 + random.nextInt(4);
            DispatchProblem problem = problem(random, teams(2), n, false);
            DispatchPlanResponse plan = planner.plan(problem);
            long optimum = bestLatestArrival(problem);
            assertThat(plan.latestArrival().minutes()).as("instance %d", round).isEqualTo(optimum);
            assertThat(plan.lowerBound().minutes()).isLessThanOrEqualTo(optimum);
            assertThat(plan.lowerBound().spanningTreeMinutes()).isLessThanOrEqualTo(optimum);
            assertThat(plan.lowerBound().workloadMinutes()).isLessThanOrEqualTo(optimum);
            assertThat(plan.gap()).isEqualTo(optimum - plan.lowerBound().minutes());
        }
    }

    @Test
    void shouldKeepEveryRuleAndReportTheGapOnLargerOperations() {
        Random random = new Random(6);
        for (int round = 0; round < 8; round++) {
            List<TeamInput> teams = teams(2 + random.nextInt(3));
            DispatchProblem problem = problem(random, teams, 20 + random.nextInt(40), true);
            DispatchPlanResponse plan = planner.plan(problem);
            Set<UUID> seen = new HashSet<>();
            for (DispatchPlanResponse.TeamPlan team : plan.teams()) {
                long left = 0;
                for (DispatchPlanResponse.Stop stop : team.route()) {
                    TargetInput t = problem.targets().stream().filter(x -> x.id().equals(stop.targetId()))
                            .findFirst().orElseThrow();
                    assertThat(seen.add(t.id())).as("visited once").isTrue();
                    assertThat(stop.etaMinutes()).isEqualTo(Math.max(left + stop.travelMinutes(),
                            left + stop.travelMinutes() + stop.waitMinutes()));
                    assertThat(stop.serviceMinutes()).isEqualTo(t.serviceMinutes());
                    if (t.arriveNotAfter() != null) {
                        assertThat(DEPARTURE.plusMinutes(stop.etaMinutes()).toLocalTime())
                                .isBeforeOrEqualTo(t.arriveNotAfter());
                    }
                    if (t.pinnedTeamId() != null) {
                        assertThat(team.teamId()).isEqualTo(t.pinnedTeamId());
                    }
                    left = stop.leavesMinutes();
                }
            }
            assertThat(seen).hasSize(problem.targets().size());
            long latest = plan.latestArrival().minutes();
            assertThat(plan.lowerBound().minutes()).isPositive().isLessThanOrEqualTo(latest);
            assertThat(plan.gap()).isEqualTo(latest - plan.lowerBound().minutes());
            assertThat(plan.gapPercent()).isCloseTo(100.0 * plan.gap() / plan.lowerBound().minutes(),
                    org.assertj.core.data.Offset.offset(0.051));
        }
    }

    /** Targets within ~10 km, 0–40 minutes at each; with {@code rules}, some windows and pins too. */
    static DispatchProblem problem(Random random, List<TeamInput> teams, int n, boolean rules) {
        List<TargetInput> targets = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            LocalTime notBefore = random.nextInt(6) == 0 ? LocalTime.of(6, random.nextInt(60)) : null;
            LocalTime notAfter = rules && random.nextInt(8) == 0 ? LocalTime.of(23, 0) : null;
            UUID pin = rules && random.nextInt(10) == 0 ? teams.get(random.nextInt(teams.size())).id() : null;
            targets.add(new TargetInput(UUID.randomUUID(), i, "(2023)苏0804执" + i + "号", "李某",
                    LAT + (random.nextDouble() - 0.5) * 0.18, LNG + (random.nextDouble() - 0.5) * 0.2, notBefore,
                    notAfter, pin, random.nextInt(41)));
        }
        return new DispatchProblem(UUID.randomUUID(), DEPARTURE, LAT, LNG, 40, teams, targets, Map.of(), List.of(),
                15);
    }

    /** Every order of the targets, cut in two at every place: the best latest arrival two teams can have. */
    static long bestLatestArrival(DispatchProblem problem) {
        int n = problem.targets().size();
        int[][] travel = TravelMatrix.of(problem).minutes();
        long[] notBefore = ArrivalWindows.of(problem).notBefore();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        long best = Long.MAX_VALUE;
        do {
            for (int cut = 0; cut <= n; cut++) {
                long latest = Math.max(last(problem, travel, notBefore, order, 0, cut),
                        last(problem, travel, notBefore, order, cut, n));
                best = Math.min(best, latest);
            }
        } while (nextPermutation(order));
        return best;
    }

    private static long last(DispatchProblem problem, int[][] travel, long[] notBefore, int[] order, int from,
                             int to) {
        long time = 0;
        long arrival = 0;
        int previous = 0;
        for (int i = from; i < to; i++) {
            int v = order[i];
            arrival = Math.max(time + travel[previous][v], notBefore[v]);
            time = arrival + problem.targets().get(v - 1).serviceMinutes();
            previous = v;
        }
        return arrival;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
