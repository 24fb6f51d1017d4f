package org.enforcement.operations.dispatch;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchPlanResponse.LowerBound;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * Plans which team visits which pending targets in which order, minimising the latest arrival (then total travel),
 * with pinned targets on their team and arriveNotAfter as hard windows. No database, no CDI: the service feeds it a
 * {@link DispatchProblem}; the benchmark calls it directly.
 *
 * <p>Steps: travel minutes for every leg ({@link TravelMatrix}), windows that cannot be met even by going straight
 * there ({@link ArrivalWindows}), lower bounds, a greedy first plan ({@link GreedyConstruction}), then
 * Timefold's local search (late acceptance over list change/swap/sub-list/2-opt moves) until the time limit — which
 * bounds the whole call — or, for small operations, until the best plan stops improving. A best plan that still
 * breaks a hard rule is 422 no-feasible-plan ({@link PlanDescription}).
 */
public final class DispatchPlanner {

    /** Small instances stop once the best plan has not improved for this long. */
    static final Duration MIN_UNIMPROVED = Duration.ofMillis(30);
    /** The search gets at least this long, even if preparing took (almost) the whole time limit. */
    static final Duration MIN_SEARCH = Duration.ofMillis(20);
    /** The unimproved limit grows with the number of targets up to this many. */
    static final int FULL_TIME_TARGETS = 150;

    private final SolverFactory<DispatchSolution> solverFactory;
    private final Duration timeLimit;
    private final Duration unimprovedOverride;

    public DispatchPlanner(Duration timeLimit) {
        this(timeLimit, EnvironmentMode.NO_ASSERT, null);
    }

    /** For tests: another environment mode (FULL_ASSERT checks the incremental score) and unimproved limit. */
    DispatchPlanner(Duration timeLimit, EnvironmentMode mode, Duration unimprovedOverride) {
        this.unimprovedOverride = unimprovedOverride;
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("operation.dispatch.time-limit must be positive");
        }
        this.timeLimit = timeLimit;
        SolverConfig config = new SolverConfig()
                .withSolutionClass(DispatchSolution.class)
                .withEntityClasses(TeamRoute.class)
                .withConstraintProviderClass(DispatchConstraints.class)
                .withEnvironmentMode(mode)
                .withClassLoader(DispatchSolution.class.getClassLoader())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
        this.solverFactory = SolverFactory.create(config);
    }

    /**
     * Plans a small made-up operation once, so the first real request does not pay for loading and compiling the
     * solver (about half a second).
     */
    public void warmUp() {
        List<DispatchProblem.TeamInput> teams = List.of(new DispatchProblem.TeamInput(UUID.randomUUID(), 1, "A"),
                new DispatchProblem.TeamInput(UUID.randomUUID(), 2, "B"));
        List<TargetInput> targets = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            targets.add(new TargetInput(UUID.randomUUID(), i, "warm-up " + i, "某", 0.01 * (i % 6), 0.01 * (i / 6),
                    i % 10 == 0 ? LocalTime.of(0, 5) : null, i % 7 == 0 ? LocalTime.of(23, 0) : null,
                    i % 9 == 0 ? teams.get(i % 2).id() : null));
        }
        plan(new DispatchProblem(UUID.randomUUID(), ZonedDateTime.of(2023, 2, 2, 0, 0, 0, 0, ZoneOffset.UTC), 0.0, 0.0,
                40, teams, targets, Map.of(), List.of()));
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * How long the search may go on without finding a better plan: 30 ms for a handful of targets (their plans are
     * found at once), growing with the number of targets up to half the time limit — so a search that has stalled
     * (or a machine too busy to search much) gives its answer early.
     */
    Duration unimprovedLimit(int targets) {
        if (unimprovedOverride != null) {
            return unimprovedOverride;
        }
        long scaled = timeLimit.toMillis() * Math.min(targets, FULL_TIME_TARGETS) / FULL_TIME_TARGETS;
        long half = Math.max(MIN_UNIMPROVED.toMillis(), timeLimit.toMillis() / 2);
        return Duration.ofMillis(Math.min(half, Math.max(MIN_UNIMPROVED.toMillis(), scaled)));
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
        long[] earliest = TravelMath.earliestArrivals(travel);
        windows.requireReachable(problem, earliest);
        LowerBound bound = PlanDescription.lowerBound(problem.departure(),
                TravelMath.reachBound(earliest, windows.notBefore()), TravelMath.workloadBound(travel, teams.size()));

        Map<UUID, Integer> teamIndex = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            teamIndex.put(teams.get(i).id(), i);
        }
        Network network = new Network(travel);
        List<Visit> visits = new ArrayList<>(n);
        for (int j = 1; j <= n; j++) {
            UUID pinned = targets.get(j - 1).pinnedTeamId();
            visits.add(new Visit(j, pinned == null ? -1 : teamIndex.getOrDefault(pinned, -1),
                    windows.notBefore()[j], windows.notAfter()[j]));
        }
        List<TeamRoute> routes = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            routes.add(new TeamRoute(i, network));
        }

        GreedyConstruction.construct(routes, visits, earliest);
        // The time limit bounds the whole planning: what the preparation took is not left to the search.
        long left = Math.max(MIN_SEARCH.toMillis(), timeLimit.toMillis() - (System.nanoTime() - started) / 1_000_000);
        Solver<DispatchSolution> solver = solverFactory.buildSolver(new SolverConfigOverride<DispatchSolution>()
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(left)
                        .withUnimprovedMillisecondsSpentLimit(Math.min(left, unimprovedLimit(n).toMillis()))));
        DispatchSolution best = solver.solve(new DispatchSolution(visits, routes));
        long spentMillis = (System.nanoTime() - started) / 1_000_000;
        assignLeftovers(best, visits);
        return PlanDescription.describe(problem, best, matrix, windows, bound, spentMillis, timeLimit.toMillis());
    }

    /**
     * Safety net: if the search was stopped before the construction heuristic placed every target (a very small
     * time limit), each remaining target goes to the end of its pinned team's route or the route that ends first.
     */
    private static void assignLeftovers(DispatchSolution solution, List<Visit> visits) {
        Set<Visit> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        solution.routes.forEach(r -> placed.addAll(r.visits));
        for (Visit v : visits) {
            if (placed.contains(v)) {
                continue;
            }
            TeamRoute target = v.pinnedRoute >= 0 ? solution.routes.get(v.pinnedRoute) : solution.routes.stream()
                    .min(Comparator.comparingLong(TeamRoute::lastArrival)).orElseThrow();
            target.visits.add(v);
        }
    }
}
