package org.enforcement.operations.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * The simple plan the planner is compared with in the benchmark: sort the targets by their angle around the
 * assembly point, cut the circle into as many sectors of (almost) equal count as there are teams, and let each team
 * go to the nearest not yet visited target of its sector, starting from the assembly point. Windows and pins are
 * ignored; the latest arrival is computed as the planner does (waits for arriveNotBefore, service minutes).
 */
final class SweepNearestNeighbour {

    private SweepNearestNeighbour() {
    }

    /** The sweep plan's latest arrival, minutes after departure. */
    static long latestArrival(DispatchProblem problem) {
        List<TargetInput> targets = problem.targets();
        int n = targets.size();
        int teams = problem.teams().size();
        int[][] travel = TravelMatrix.of(problem).minutes();
        long[] notBefore = ArrivalWindows.of(problem).notBefore();
        double cos = Math.cos(Math.toRadians(problem.assemblyLat()));
        List<Integer> byAngle = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            byAngle.add(j);
        }
        byAngle.sort(Comparator.comparingDouble(j -> Math.atan2(targets.get(j - 1).lat() - problem.assemblyLat(),
                (targets.get(j - 1).lng() - problem.assemblyLng()) * cos)));
        long latest = 0;
        int from = 0;
        for (int team = 0; team < teams; team++) {
            int to = from + n / teams + (team < n % teams ? 1 : 0);
            List<Integer> sector = new ArrayList<>(byAngle.subList(from, to));
            from = to;
            long time = 0;
            long arrival = 0;
            int previous = 0;
            while (!sector.isEmpty()) {
                int here = previous;
                Integer next = sector.stream().min(Comparator.comparingInt(j -> travel[here][j])).orElseThrow();
                sector.remove(next);
                arrival = Math.max(time + travel[previous][next], notBefore[next]);
                time = arrival + targets.get(next - 1).serviceMinutes();
                previous = next;
            }
            latest = Math.max(latest, arrival);
        }
        return latest;
    }
}
