package org.enforcement.operations.dispatch;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * The targets' arrival windows in whole minutes after departure (index 1..n; 0 is the assembly point): a team
 * arriving before arriveNotBefore waits (rounded up), arriveNotAfter must be met (rounded down). A window that cannot
 * be met even by going straight there is 422 window-unreachable before any search.
 */
record ArrivalWindows(long[] notBefore, long[] notAfter) {

    /** No window bound on this side. */
    static final long OPEN_BEFORE = Long.MIN_VALUE / 4;
    static final long OPEN_AFTER = Long.MAX_VALUE / 4;

    static ArrivalWindows of(DispatchProblem problem) {
        List<TargetInput> targets = problem.targets();
        ZonedDateTime departure = problem.departure();
        int n = targets.size();
        long[] notBefore = new long[n + 1];
        long[] notAfter = new long[n + 1];
        for (int j = 1; j <= n; j++) {
            TargetInput t = targets.get(j - 1);
            notBefore[j] = t.arriveNotBefore() == null ? OPEN_BEFORE
                    : TravelMath.minutesUntilCeil(departure, t.arriveNotBefore());
            notAfter[j] = t.arriveNotAfter() == null ? OPEN_AFTER
                    : TravelMath.minutesUntilFloor(departure, t.arriveNotAfter());
        }
        return new ArrivalWindows(notBefore, notAfter);
    }

    /** 422 when even going straight there at departure a team would arrive after arriveNotAfter. */
    void requireReachable(DispatchProblem problem, long[] earliest) {
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
                m.put("arriveNotAfter", PlanDescription.hhmm(t.arriveNotAfter()));
                m.put("earliestArrival", PlanDescription.time(departure, earliest[j]));
                m.put("earliestArrivalMinutes", earliest[j]);
                named.add(m);
                texts.add(t.label() + " must be reached by " + PlanDescription.hhmm(t.arriveNotAfter())
                        + " but the earliest possible arrival is " + PlanDescription.time(departure, earliest[j])
                        + " (" + earliest[j] + " min after departure at "
                        + PlanDescription.hhmm(departure.toLocalTime()) + ")");
            }
        }
        if (!named.isEmpty()) {
            throw ProblemException.unprocessable("window-unreachable", "Arrival window cannot be met",
                            String.join("; ", texts) + ". Depart earlier or widen the window.")
                    .with("targets", named);
        }
    }
}
