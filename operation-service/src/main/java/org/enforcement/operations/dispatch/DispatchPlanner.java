package org.enforcement.operations.dispatch;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchPlanResponse.LowerBound;
import org.enforcement.operations.dispatch.DispatchPlanResponse.PlanTime;
import org.enforcement.operations.dispatch.DispatchPlanResponse.SolverInfo;
import org.enforcement.operations.dispatch.DispatchPlanResponse.Stop;
import org.enforcement.operations.dispatch.DispatchPlanResponse.TargetEta;
import org.enforcement.operations.dispatch.DispatchPlanResponse.TeamPlan;
import org.enforcement.operations.dispatch.DispatchPlanResponse.TravelBasis;
import org.enforcement.operations.dispatch.DispatchProblem.Leg;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * Plans which team visits which pending targets in which order, minimising the latest arrival (then total travel),
 * with pinned targets on their team and arriveNotAfter as hard windows. No database, no CDI: the service feeds it a
 * {@link DispatchProblem}; the benchmark calls it directly.
 *
 * <p>Steps: travel minutes for every leg (the court's matrix; a leg given only the other way round is taken as
 * symmetric; else great-circle distance at the configured speed, rounded up), windows that cannot be met even by
 * going straight there (422 window-unreachable), lower bounds, a greedy first plan ({@link GreedyConstruction}), then
 * Timefold's local search (late acceptance over list change/swap/sub-list/2-opt moves) until the time limit — which
 * bounds the whole call — or, for small operations, until the best plan stops improving. A best plan that still
 * breaks a hard rule is 422 no-feasible-plan.
 */
public final class DispatchPlanner {

    public static final String ASSEMBLY = "ASSEMBLY";
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
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
        ZonedDateTime departure = problem.departure();

        long[] counts = new long[2];
        int[][] travel = travelMatrix(problem, counts);
        long[] notBefore = new long[n + 1];
        long[] notAfter = new long[n + 1];
        for (int j = 1; j <= n; j++) {
            TargetInput t = targets.get(j - 1);
            notBefore[j] = t.arriveNotBefore() == null ? Visit.OPEN_BEFORE
                    : TravelMath.minutesUntilCeil(departure, t.arriveNotBefore());
            notAfter[j] = t.arriveNotAfter() == null ? Visit.OPEN_AFTER
                    : TravelMath.minutesUntilFloor(departure, t.arriveNotAfter());
        }
        long[] earliest = TravelMath.earliestArrivals(travel);
        requireReachableWindows(problem, earliest, notAfter);
        long reach = TravelMath.reachBound(earliest, notBefore);
        long workload = TravelMath.workloadBound(travel, teams.size());
        long bound = Math.max(reach, workload);

        Map<UUID, Integer> teamIndex = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            teamIndex.put(teams.get(i).id(), i);
        }
        Network network = new Network(travel);
        List<Visit> visits = new ArrayList<>(n);
        for (int j = 1; j <= n; j++) {
            UUID pinned = targets.get(j - 1).pinnedTeamId();
            visits.add(new Visit(j, pinned == null ? -1 : teamIndex.getOrDefault(pinned, -1), notBefore[j],
                    notAfter[j]));
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

        return describe(problem, best, travel, notAfter, counts,
                new LowerBound(bound, time(departure, bound), departure.plusMinutes(bound).toInstant(), reach,
                        workload),
                spentMillis);
    }

    /** Travel minutes between every pair of places; 422 naming the targets for which some leg is unknown. */
    static int[][] travelMatrix(DispatchProblem problem, long[] counts) {
        List<TargetInput> targets = problem.targets();
        int n = targets.size();
        String[] key = new String[n + 1];
        Double[] lat = new Double[n + 1];
        Double[] lng = new Double[n + 1];
        key[0] = ASSEMBLY;
        lat[0] = problem.assemblyLat();
        lng[0] = problem.assemblyLng();
        for (int j = 1; j <= n; j++) {
            TargetInput t = targets.get(j - 1);
            key[j] = t.id().toString();
            lat[j] = t.lat();
            lng[j] = t.lng();
        }
        int[][] travel = new int[n + 1][n + 1];
        Map<Integer, List<Leg>> missing = new LinkedHashMap<>();
        for (int from = 0; from <= n; from++) {
            for (int to = 1; to <= n; to++) {
                if (from == to) {
                    continue;
                }
                Integer minutes = problem.matrix().get(new Leg(key[from], key[to]));
                if (minutes == null && from > 0) {
                    minutes = problem.matrix().get(new Leg(key[to], key[from]));
                }
                if (minutes != null) {
                    counts[0]++;
                } else if (lat[from] != null && lng[from] != null && lat[to] != null && lng[to] != null) {
                    minutes = TravelMath.minutes(TravelMath.haversineKm(lat[from], lng[from], lat[to], lng[to]),
                            problem.speedKmh());
                    counts[1]++;
                } else {
                    int culprit = lat[to] == null || lng[to] == null || from == 0 ? to : from;
                    missing.computeIfAbsent(culprit, c -> new ArrayList<>()).add(new Leg(key[from], key[to]));
                    continue;
                }
                travel[from][to] = minutes;
            }
        }
        if (!missing.isEmpty()) {
            throw travelUnknown(problem, missing);
        }
        return travel;
    }

    private static ProblemException travelUnknown(DispatchProblem problem, Map<Integer, List<Leg>> missing) {
        List<Map<String, Object>> named = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (var e : missing.entrySet()) {
            TargetInput t = problem.targets().get(e.getKey() - 1);
            Leg example = e.getValue().get(0);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("targetId", t.id().toString());
            m.put("caseNumber", t.caseNumber());
            m.put("debtorName", t.debtorName());
            m.put("missingLegs", e.getValue().size());
            m.put("exampleLeg", Map.of("from", example.from(), "to", example.to()));
            named.add(m);
            labels.add(t.label());
        }
        String why = problem.assemblyLat() == null ? "the assembly point or the target has no coordinates"
                : "the target has no coordinates";
        return ProblemException.unprocessable("travel-time-unknown", "Travel time unknown",
                        "No travel time is known to or from " + summary(labels) + ": " + why
                                + " and the travel-time matrix has no entry for the leg. Give the target coordinates"
                                + " or supply the legs with PUT /api/operations/" + problem.operationId()
                                + "/travel-times.")
                .with("targets", named);
    }

    /** 422 when even going straight there at departure a team would arrive after arriveNotAfter. */
    private static void requireReachableWindows(DispatchProblem problem, long[] earliest, long[] notAfter) {
        ZonedDateTime departure = problem.departure();
        List<Map<String, Object>> named = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int j = 1; j < earliest.length; j++) {
            if (earliest[j] > notAfter[j]) {
                TargetInput t = problem.targets().get(j - 1);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("targetId", t.id().toString());
                m.put("caseNumber", t.caseNumber());
                m.put("debtorName", t.debtorName());
                m.put("arriveNotAfter", hhmm(t.arriveNotAfter()));
                m.put("earliestArrival", time(departure, earliest[j]));
                m.put("earliestArrivalMinutes", earliest[j]);
                named.add(m);
                texts.add(t.label() + " must be reached by " + hhmm(t.arriveNotAfter())
                        + " but the earliest possible arrival is " + time(departure, earliest[j]) + " ("
                        + earliest[j] + " min after departure at " + hhmm(departure.toLocalTime()) + ")");
            }
        }
        if (!named.isEmpty()) {
            throw ProblemException.unprocessable("window-unreachable", "Arrival window cannot be met",
                            String.join("; ", texts) + ". Depart earlier or widen the window.")
                    .with("targets", named);
        }
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

    private DispatchPlanResponse describe(DispatchProblem problem, DispatchSolution best, int[][] travel,
                                          long[] notAfter, long[] counts, LowerBound bound, long spentMillis) {
        ZonedDateTime departure = problem.departure();
        List<TargetInput> targets = problem.targets();
        List<DispatchProblem.TeamInput> teams = problem.teams();
        TargetEta[] etas = new TargetEta[targets.size()];
        List<TeamPlan> teamPlans = new ArrayList<>();
        List<Map<String, Object>> late = new ArrayList<>();
        List<String> lateTexts = new ArrayList<>();
        long latest = 0;
        long totalTravel = 0;
        for (TeamRoute route : best.routes) {
            DispatchProblem.TeamInput team = teams.get(route.index);
            List<Stop> stops = new ArrayList<>();
            long time = 0;
            long teamTravel = 0;
            int previous = 0;
            for (Visit v : route.visits) {
                TargetInput t = targets.get(v.place - 1);
                long leg = travel[previous][v.place];
                long arrival = Math.max(time + leg, v.notBefore);
                long wait = arrival - (time + leg);
                String eta = time(departure, arrival);
                stops.add(new Stop(stops.size() + 1, t.id(), t.caseNumber(), t.debtorName(),
                        previous == 0 ? ASSEMBLY : targets.get(previous - 1).id().toString(), leg, wait, eta,
                        departure.plusMinutes(arrival).toInstant(), arrival, hhmm(t.arriveNotBefore()),
                        hhmm(t.arriveNotAfter())));
                etas[v.place - 1] = new TargetEta(t.id(), t.seq(), t.caseNumber(), t.debtorName(), team.id(),
                        team.name(), eta, departure.plusMinutes(arrival).toInstant(), arrival,
                        t.pinnedTeamId() != null);
                if (arrival > notAfter[v.place]) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("targetId", t.id().toString());
                    m.put("caseNumber", t.caseNumber());
                    m.put("debtorName", t.debtorName());
                    m.put("team", team.name());
                    m.put("arriveNotAfter", hhmm(t.arriveNotAfter()));
                    m.put("plannedArrival", eta);
                    m.put("lateMinutes", arrival - notAfter[v.place]);
                    late.add(m);
                    lateTexts.add(t.label() + " by " + team.name() + " at " + eta + " (must be there by "
                            + hhmm(t.arriveNotAfter()) + ")");
                }
                if (v.pinnedRoute >= 0 && v.pinnedRoute != route.index) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("targetId", t.id().toString());
                    m.put("caseNumber", t.caseNumber());
                    m.put("debtorName", t.debtorName());
                    m.put("team", team.name());
                    m.put("pinnedTeam", teams.get(v.pinnedRoute).name());
                    late.add(m);
                    lateTexts.add(t.label() + " is pinned to " + teams.get(v.pinnedRoute).name()
                            + " but could only be planned for " + team.name());
                }
                time = arrival;
                teamTravel += leg;
                previous = v.place;
            }
            latest = Math.max(latest, time);
            totalTravel += teamTravel;
            teamPlans.add(new TeamPlan(team.id(), team.seq(), team.name(), stops,
                    stops.isEmpty() ? null : planTime(departure, time), teamTravel));
        }
        HardMediumSoftLongScore score = best.score;
        if (!late.isEmpty()) {
            throw ProblemException.unprocessable("no-feasible-plan", "No feasible plan",
                            "No plan found meets every window and pin: the best one has " + summary(lateTexts)
                                    + ". Add a team, unpin targets, or widen the windows.")
                    .with("targets", late);
        }
        List<TargetEta> perTarget = List.of(etas);
        return new DispatchPlanResponse(problem.operationId(), null, null, planTime(departure, 0), 0, teamPlans,
                perTarget, problem.leftOut(), planTime(departure, latest), bound, latest - bound.minutes(),
                totalTravel, new TravelBasis(counts[0], counts[1], problem.speedKmh()),
                new SolverInfo(score == null ? null : score.toString(), true, spentMillis, timeLimit.toMillis()));
    }

    private static PlanTime planTime(ZonedDateTime departure, long minutes) {
        return new PlanTime(time(departure, minutes), departure.plusMinutes(minutes).toInstant(), minutes);
    }

    static String time(ZonedDateTime departure, long minutesAfter) {
        return departure.plusMinutes(minutesAfter).toLocalTime().format(HH_MM);
    }

    static String hhmm(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }

    private static String summary(List<String> items) {
        int shown = Math.min(items.size(), 5);
        String text = items.subList(0, shown).stream().collect(Collectors.joining("; "));
        return items.size() > shown ? text + " and " + (items.size() - shown) + " more" : text;
    }
}
