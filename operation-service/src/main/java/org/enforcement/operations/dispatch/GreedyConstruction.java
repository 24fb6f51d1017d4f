package org.enforcement.operations.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fast first plan for the local search to improve: targets are inserted one by one — pinned ones first, then by
 * the tightest arriveNotAfter, then the farthest from the assembly point first — each at the position (of its
 * pinned team's route, or of any route) that adds the least lateness, then gives the earliest latest arrival over
 * all routes, then adds the least travel. About n²/teams route evaluations of at most n/teams steps each: a few
 * milliseconds for 200 targets, where the solver's own construction heuristic needs hundreds.
 */
final class GreedyConstruction {

    private GreedyConstruction() {
    }

    static void construct(List<TeamRoute> routes, List<Visit> visits, long[] earliest) {
        int[][] travel = routes.get(0).network.travel;
        List<Visit> order = new ArrayList<>(visits);
        order.sort(Comparator.comparing((Visit v) -> v.pinnedRoute < 0)
                .thenComparingLong(v -> v.notAfter)
                .thenComparing(Comparator.comparingLong((Visit v) -> Math.max(earliest[v.place], v.notBefore))
                        .reversed()));
        long[] last = new long[routes.size()];
        for (Visit v : order) {
            int bestRoute = -1;
            int bestPosition = -1;
            long bestLate = Long.MAX_VALUE;
            long bestMakespan = Long.MAX_VALUE;
            long bestTravel = Long.MAX_VALUE;
            for (TeamRoute route : routes) {
                if (v.pinnedRoute >= 0 && v.pinnedRoute != route.index) {
                    continue;
                }
                long othersLast = 0;
                for (int r = 0; r < routes.size(); r++) {
                    if (r != route.index) {
                        othersLast = Math.max(othersLast, last[r]);
                    }
                }
                List<Visit> list = route.visits;
                int size = list.size();
                // Arrival and lateness before each position, so each candidate only re-walks what follows it.
                long[] arrival = new long[size + 1];
                long[] lateBefore = new long[size + 1];
                int[] placeBefore = new int[size + 1];
                long time = 0;
                long late = 0;
                int previous = 0;
                for (int i = 0; i < size; i++) {
                    arrival[i] = time;
                    lateBefore[i] = late;
                    placeBefore[i] = previous;
                    Visit w = list.get(i);
                    time = Math.max(time + travel[previous][w.place], w.notBefore);
                    late += Math.max(0, time - w.notAfter);
                    previous = w.place;
                }
                arrival[size] = time;
                lateBefore[size] = late;
                placeBefore[size] = previous;
                long routeLate = late;
                for (int p = 0; p <= size; p++) {
                    long t = Math.max(arrival[p] + travel[placeBefore[p]][v.place], v.notBefore);
                    long l = lateBefore[p] + Math.max(0, t - v.notAfter);
                    int prev = v.place;
                    for (int i = p; i < size; i++) {
                        Visit w = list.get(i);
                        t = Math.max(t + travel[prev][w.place], w.notBefore);
                        l += Math.max(0, t - w.notAfter);
                        prev = w.place;
                    }
                    long addedLate = l - routeLate;
                    long makespan = Math.max(othersLast, t);
                    long addedTravel = travel[placeBefore[p]][v.place]
                            + (p < size ? travel[v.place][list.get(p).place] - travel[placeBefore[p]][list.get(p).place]
                            : 0);
                    if (addedLate < bestLate || addedLate == bestLate && (makespan < bestMakespan
                            || makespan == bestMakespan && addedTravel < bestTravel)) {
                        bestLate = addedLate;
                        bestMakespan = makespan;
                        bestTravel = addedTravel;
                        bestRoute = route.index;
                        bestPosition = p;
                    }
                }
            }
            TeamRoute chosen = routes.get(bestRoute);
            chosen.visits.add(bestPosition, v);
            last[bestRoute] = chosen.lastArrival();
        }
    }
}
