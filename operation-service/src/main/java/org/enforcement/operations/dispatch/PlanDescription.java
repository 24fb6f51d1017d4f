package org.enforcement.operations.dispatch;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchPlanResponse.LowerBound;
import org.enforcement.operations.dispatch.DispatchPlanResponse.PlanTime;
import org.enforcement.operations.dispatch.DispatchPlanResponse.SolverInfo;
import org.enforcement.operations.dispatch.DispatchPlanResponse.Stop;
import org.enforcement.operations.dispatch.DispatchPlanResponse.TargetEta;
import org.enforcement.operations.dispatch.DispatchPlanResponse.TeamPlan;
import org.enforcement.operations.dispatch.DispatchPlanResponse.TravelBasis;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * The plan as the court reads it (派警方案): each team's stops with leg, wait and local arrival time, each target's
 * ETA, the latest arrival against its lower bound. A best plan that still misses a window (pins are always kept) is
 * 422 no-feasible-plan, naming the targets.
 */
final class PlanDescription {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private PlanDescription() {
    }

    static DispatchPlanResponse describe(DispatchProblem problem, int[][] routes, TravelMatrix matrix,
                                         ArrivalWindows windows, LowerBound bound, SolverInfo solver) {
        ZonedDateTime departure = problem.departure();
        List<TargetInput> targets = problem.targets();
        List<DispatchProblem.TeamInput> teams = problem.teams();
        int[][] travel = matrix.minutes();
        long[] notAfter = windows.notAfter();
        TargetEta[] etas = new TargetEta[targets.size()];
        List<TeamPlan> teamPlans = new ArrayList<>();
        List<Map<String, Object>> late = new ArrayList<>();
        List<String> lateTexts = new ArrayList<>();
        long latest = 0;
        long totalTravel = 0;
        long[] notBefore = windows.notBefore();
        for (int r = 0; r < routes.length; r++) {
            DispatchProblem.TeamInput team = teams.get(r);
            List<Stop> stops = new ArrayList<>();
            long time = 0;
            long arrival = 0;
            long teamTravel = 0;
            int previous = 0;
            for (int place : routes[r]) {
                TargetInput t = targets.get(place - 1);
                long leg = travel[previous][place];
                arrival = Math.max(time + leg, notBefore[place]);
                long wait = arrival - (time + leg);
                long leaves = arrival + t.serviceMinutes();
                String eta = time(departure, arrival);
                stops.add(new Stop(stops.size() + 1, t.id(), t.caseNumber(), t.debtorName(),
                        previous == 0 ? TravelMatrix.ASSEMBLY : targets.get(previous - 1).id().toString(), leg, wait,
                        eta, departure.plusMinutes(arrival).toInstant(), arrival, hhmm(t.arriveNotBefore()),
                        hhmm(t.arriveNotAfter()), t.serviceMinutes(), time(departure, leaves), leaves));
                etas[place - 1] = new TargetEta(t.id(), t.seq(), t.caseNumber(), t.debtorName(), team.id(),
                        team.name(), eta, departure.plusMinutes(arrival).toInstant(), arrival,
                        t.pinnedTeamId() != null, t.serviceMinutes());
                if (arrival > notAfter[place]) {
                    Map<String, Object> m = named(t, team);
                    m.put("arriveNotAfter", hhmm(t.arriveNotAfter()));
                    m.put("plannedArrival", eta);
                    m.put("lateMinutes", arrival - notAfter[place]);
                    late.add(m);
                    lateTexts.add(t.label() + " by " + team.name() + " at " + eta + " (must be there by "
                            + hhmm(t.arriveNotAfter()) + ")");
                }
                time = leaves;
                teamTravel += leg;
                previous = place;
            }
            latest = Math.max(latest, arrival);
            totalTravel += teamTravel;
            teamPlans.add(new TeamPlan(team.id(), team.seq(), team.name(), stops,
                    stops.isEmpty() ? null : planTime(departure, arrival), teamTravel,
                    stops.isEmpty() ? null : planTime(departure, time)));
        }
        if (!late.isEmpty()) {
            throw ProblemException.unprocessable("no-feasible-plan", "No feasible plan",
                            "No plan found meets every window and pin: the best one has " + summary(lateTexts)
                                    + ". Add a team, unpin targets, or widen the windows.")
                    .with("targets", late);
        }
        List<TargetEta> perTarget = List.of(etas);
        long gap = latest - bound.minutes();
        return new DispatchPlanResponse(problem.operationId(), null, null, planTime(departure, 0),
                problem.serviceMinutes(), teamPlans, perTarget, problem.leftOut(), planTime(departure, latest), bound,
                gap, gapPercent(gap, bound.minutes()), totalTravel,
                new TravelBasis(matrix.fromCourt(), matrix.estimated(), problem.speedKmh()),
                solver);
    }

    /** The gap relative to the bound, in percent with one decimal (a zero bound has a zero gap). */
    static double gapPercent(long gap, long bound) {
        return bound <= 0 ? 0 : Math.round(gap * 1000.0 / bound) / 10.0;
    }

    private static Map<String, Object> named(TargetInput t, DispatchProblem.TeamInput team) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targetId", t.id().toString());
        m.put("caseNumber", t.caseNumber());
        m.put("debtorName", t.debtorName());
        m.put("team", team.name());
        return m;
    }

    static LowerBound lowerBound(ZonedDateTime departure, long reach, long workload, long tree) {
        long bound = Math.max(reach, Math.max(workload, tree));
        return new LowerBound(bound, time(departure, bound), departure.plusMinutes(bound).toInstant(), reach,
                workload, tree);
    }

    private static PlanTime planTime(ZonedDateTime departure, long minutes) {
        return new PlanTime(time(departure, minutes), departure.plusMinutes(minutes).toInstant(), minutes);
    }

    /** Local clock time (HH:mm) so many minutes after departure. */
    static String time(ZonedDateTime departure, long minutesAfter) {
        return departure.plusMinutes(minutesAfter).toLocalTime().format(HH_MM);
    }

    static String hhmm(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }

    /** The first five items, then how many more. */
    static String summary(List<String> items) {
        int shown = Math.min(items.size(), 5);
        String text = items.subList(0, shown).stream().collect(Collectors.joining("; "));
        return items.size() > shown ? text + " and " + (items.size() - shown) + " more" : text;
    }
}
