package org.enforcement.operations.dispatch;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchPlanResponse.LowerBound;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * Plans which team visits which pending targets in which order, minimising the latest arrival (then total travel),
 * with the minutes spent at each target, pinned targets on their team and arriveNotAfter as hard windows. No
 * database, no CDI: the service feeds it a {@link DispatchProblem}; the benchmark calls it directly.
 *
 * <p>Steps: travel minutes for every leg ({@link TravelMatrix}), windows that cannot be met even by going straight
 * there ({@link ArrivalWindows}), a first plan and ruin-and-recreate search ({@link RouteSearch}) for a fixed
 * number of rounds or until the time limit (which bounds the whole call), and lower bounds of the latest arrival
 * ({@link TravelMath}, {@link SpanningTreeBound}). A best plan that still breaks a window is 422 no-feasible-plan
 * ({@link PlanDescription}).
 */
public final class DispatchPlanner {

    /** Rounds of ruin and recreate per target (a 200-target plan: 12 000 rounds, 0.3-0.5 s of CPU on a busy host). */
    static final int ROUNDS_PER_TARGET = 60;
    /** At least this many rounds (small plans are found at once, but a few windows may need more tries). */
    static final int MIN_ROUNDS = 500;

    private final Duration timeLimit;
    private final int roundsPerTarget;

    public DispatchPlanner(Duration timeLimit) {
        this(timeLimit, ROUNDS_PER_TARGET);
    }

    /** For the benchmark: another search length. */
    DispatchPlanner(Duration timeLimit, int roundsPerTarget) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("operation.dispatch.time-limit must be positive");
        }
        this.timeLimit = timeLimit;
        this.roundsPerTarget = roundsPerTarget;
    }

    /** Plans a made-up operation a few times, so the first real request does not run in the interpreter. */
    public void warmUp() {
        List<DispatchProblem.TeamInput> teams = List.of(new DispatchProblem.TeamInput(UUID.randomUUID(), 1, "A"),
                new DispatchProblem.TeamInput(UUID.randomUUID(), 2, "B"));
        List<TargetInput> targets = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            targets.add(new TargetInput(UUID.randomUUID(), i, "warm-up " + i, "某", 0.01 * (i % 8), 0.01 * (i / 8),
                    i % 10 == 0 ? LocalTime.of(0, 5) : null, i % 7 == 0 ? LocalTime.of(23, 0) : null,
                    i % 9 == 0 ? teams.get(i % 2).id() : null, i % 4));
        }
        DispatchProblem problem = new DispatchProblem(UUID.randomUUID(), ZonedDateTime.of(2023, 2, 2, 0, 0, 0, 0,
                ZoneOffset.UTC), 0.0, 0.0, 40, teams, targets, Map.of(), List.of(), 0);
        for (int i = 0; i < 3; i++) {
            plan(problem);
        }
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /** Rounds of search for so many targets. */
    int rounds(int targets) {
        return Math.max(MIN_ROUNDS, roundsPerTarget * targets);
    }

    public DispatchPlanResponse plan(DispatchProblem problem) {
        long started = System.nanoTime();
        List<TargetInput> targets = problem.targets();
        List<DispatchProblem.TeamInput> teams = problem.teams();
        if (teams.isEmpty()) {
            throw ProblemException.conflict("no-teams", "No teams formed",
                    "Form the teams (PUT /api/operations/" + problem.operationId() + "/teams) before planning.");
        }
        if (targets.isEmpty()) {
            throw ProblemException.unprocessable("no-pending-targets", "Nothing to plan",
                    "The operation has no pending target to dispatch a team to.")
                    .with("leftOut", problem.leftOut().size());
        }
        int n = targets.size();
        TravelMatrix matrix = TravelMatrix.of(problem);
        int[][] travel = matrix.minutes();
        ArrivalWindows windows = ArrivalWindows.of(problem);
        RoutingInstance instance = RoutingInstance.of(problem, travel, windows);
        long[] earliest = TravelMath.earliestArrivals(travel, instance.service);
        windows.requireReachable(problem, earliest);

        RouteSearch search = new RouteSearch(instance);
        // The time limit bounds the whole planning: the bound below takes ~10 ms of CPU, more on a busy machine.
        long deadline = started + timeLimit.toNanos() * 80 / 100;
        int[][] routes = search.solve(earliest, rounds(n), rounds(n) / 2, deadline);
        long travelled = 0;
        for (int[] route : routes) {
            int previous = 0;
            for (int v : route) {
                travelled += travel[previous][v];
                previous = v;
            }
        }
        LowerBound bound = PlanDescription.lowerBound(problem.departure(),
                TravelMath.reachBound(earliest, windows.notBefore()),
                TravelMath.workloadBound(travel, instance.service, teams.size()),
                TravelMath.shared(SpanningTreeBound.totalTravel(travel, travelled), instance.service, teams.size()));
        long spentMillis = (System.nanoTime() - started) / 1_000_000;
        return PlanDescription.describe(problem, routes, matrix, windows, bound, new DispatchPlanResponse.SolverInfo(
                search.bestScore(), true, spentMillis, timeLimit.toMillis(), search.rounds(), rounds(n)));
    }
}
