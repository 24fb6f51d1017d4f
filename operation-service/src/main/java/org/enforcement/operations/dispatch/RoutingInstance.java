package org.enforcement.operations.dispatch;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * The search's view of a dispatch, as plain arrays indexed by place (0 is the assembly point, 1..n the targets in
 * the problem's order): travel minutes, minutes spent at each target, arrival windows, the route (team) each
 * target is pinned to (-1 if none), and each target's nearest neighbours for related removals. Immutable.
 */
final class RoutingInstance {

    /** How many nearest neighbours are kept per target. */
    static final int NEIGHBOURS = 40;

    final int n;
    final int teams;
    final int[][] travel;
    final int[] service;
    final long[] notBefore;
    final long[] notAfter;
    final int[] pin;
    /** Per target: other targets by increasing travel either way (at most {@link #NEIGHBOURS}). */
    final int[][] near;
    /** Whether a target has a window at all (a route without any can be re-timed in O(1)). */
    final boolean[] windowed;

    RoutingInstance(int teams, int[][] travel, int[] service, long[] notBefore, long[] notAfter, int[] pin) {
        this.n = travel.length - 1;
        this.teams = teams;
        this.travel = travel;
        this.service = service;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.pin = pin;
        this.windowed = new boolean[n + 1];
        for (int j = 1; j <= n; j++) {
            windowed[j] = notBefore[j] > ArrivalWindows.OPEN_BEFORE || notAfter[j] < ArrivalWindows.OPEN_AFTER;
        }
        this.near = new int[n + 1][];
        for (int j = 1; j <= n; j++) {
            int from = j;
            near[j] = IntStream.rangeClosed(1, n).filter(k -> k != from).boxed()
                    .sorted(Comparator.comparingInt(k -> Math.min(travel[from][k], travel[k][from])))
                    .limit(NEIGHBOURS).mapToInt(Integer::intValue).toArray();
        }
    }

    static RoutingInstance of(DispatchProblem problem, int[][] travel, ArrivalWindows windows) {
        List<TargetInput> targets = problem.targets();
        Map<UUID, Integer> teamIndex = new java.util.HashMap<>();
        for (int i = 0; i < problem.teams().size(); i++) {
            teamIndex.put(problem.teams().get(i).id(), i);
        }
        int n = targets.size();
        int[] service = new int[n + 1];
        int[] pin = new int[n + 1];
        Arrays.fill(pin, -1);
        for (int j = 1; j <= n; j++) {
            TargetInput t = targets.get(j - 1);
            service[j] = t.serviceMinutes();
            pin[j] = t.pinnedTeamId() == null ? -1 : teamIndex.getOrDefault(t.pinnedTeamId(), -1);
        }
        return new RoutingInstance(problem.teams().size(), travel, service, windows.notBefore(), windows.notAfter(),
                pin);
    }
}
