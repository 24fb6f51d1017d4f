package org.enforcement.operations.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Ruin and recreate over the teams' routes (a large neighbourhood search): take a handful of targets out — at
 * random, a target and its nearest neighbours, or a cluster on the route that arrives last — and insert each again
 * where it adds the least lateness, then keeps the latest arrival lowest, then adds the least travel. A worse plan is
 * accepted with a probability that falls as the search goes on (simulated annealing), the best one is kept. The
 * seed is fixed, and the search stops after a number of rounds (or at the deadline, whichever comes first), so the
 * same problem gives the same plan on an idle machine.
 */
final class RouteSearch {

    /** Weights of the acceptance test; the best plan is compared strictly by lateness, latest arrival, travel. */
    static final long LATE_WEIGHT = 1_000_000L;
    static final long LATEST_WEIGHT = 20L;
    static final long SEED = 20230202L;

    private final RoutingInstance in;
    private final Random random = new Random(SEED);
    private final Route[] current;
    private final Route[] backup;
    private final Route[] best;
    private final boolean[] removed;
    private final BestInsertion insertion;
    private int rounds;

    RouteSearch(RoutingInstance in) {
        this.in = in;
        current = routes(in);
        backup = routes(in);
        best = routes(in);
        removed = new boolean[in.n + 1];
        insertion = new BestInsertion(in);
    }

    private static Route[] routes(RoutingInstance in) {
        Route[] routes = new Route[in.teams];
        for (int i = 0; i < in.teams; i++) {
            routes[i] = new Route(i, in);
        }
        return routes;
    }

    /** The best plan's score (see {@link #score}). */
    String bestScore() {
        return score(best);
    }

    /** Rounds of ruin and recreate done by the last {@link #solve}. */
    int rounds() {
        return rounds;
    }

    /**
     * A first plan (pinned targets first, then the tightest arriveNotAfter, then the farthest), then ruin and
     * recreate for at most {@code maxRounds} rounds, or until {@code deadlineNanos}, or until {@code patience}
     * rounds found nothing better. Returns each team's stops in order.
     */
    int[][] solve(long[] earliest, int maxRounds, int patience, long deadlineNanos) {
        long startNanos = System.nanoTime();
        double budgetNanos = Math.max(1, deadlineNanos - startNanos);
        List<Integer> order = new ArrayList<>();
        for (int j = 1; j <= in.n; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparing((Integer v) -> in.pin[v] < 0).thenComparingLong(v -> in.notAfter[v])
                .thenComparing(Comparator.comparingLong((Integer v) -> Math.max(earliest[v], in.notBefore[v]))
                        .reversed()));
        insertion.insertAll(current, order);
        copy(current, best);
        long currentCost = scalar(current);
        // Scaled to the latest arrival and travel only: a first plan that is late must not make the search random.
        long[] first = cost(current);
        double startTemperature = Math.max(1.0, 0.002 * (first[1] * LATEST_WEIGHT + first[2]));
        int sinceBest = 0;
        rounds = 0;
        double progress = 0;
        while (rounds < maxRounds && sinceBest < patience && in.n > 1) {
            if ((rounds & 15) == 0) {
                // Cools down with the rounds or the time, whichever runs out first.
                long now = System.nanoTime();
                if (now > deadlineNanos) {
                    break;
                }
                progress = Math.max((double) rounds / maxRounds, (now - startNanos) / budgetNanos);
            }
            double temperature = startTemperature * Math.pow(0.002, progress);
            copy(current, backup);
            insertion.insertAll(current, ruin());
            long cost = scalar(current);
            if (cost <= currentCost || random.nextDouble() < Math.exp((currentCost - cost) / temperature)) {
                currentCost = cost;
                if (better(current, best)) {
                    copy(current, best);
                    sinceBest = 0;
                }
            } else {
                copy(backup, current);
            }
            sinceBest++;
            rounds++;
        }
        int[][] plan = new int[in.teams][];
        for (Route r : best) {
            plan[r.index] = java.util.Arrays.copyOf(r.stops, r.size);
        }
        return plan;
    }

    /** Takes 2 up to 31 targets out (fewer for small plans) and returns them in the order to insert them. */
    private List<Integer> ruin() {
        int most = Math.max(2, Math.min(30, in.n / 5));
        int count = Math.min(in.n, 2 + random.nextInt(most));
        List<Integer> out = new ArrayList<>(count);
        int kind = random.nextInt(3);
        if (kind == 0) {
            while (out.size() < count) {
                take(1 + random.nextInt(in.n), out);
            }
        } else {
            int seed = kind == 1 ? 1 + random.nextInt(in.n) : onLatestRoute();
            take(seed, out);
            int[] near = in.near[seed];
            for (int i = 0; i < near.length && out.size() < count; i++) {
                take(near[i], out);
            }
        }
        for (Route r : current) {
            r.removeMarked(removed);
        }
        for (int v : out) {
            removed[v] = false;
        }
        // Targets with a window or a pin first (they have the fewest good places), the others in random order.
        java.util.Collections.shuffle(out, random);
        out.sort(Comparator.comparing((Integer v) -> !in.windowed[v] && in.pin[v] < 0));
        return out;
    }

    private void take(int v, List<Integer> out) {
        if (!removed[v]) {
            removed[v] = true;
            out.add(v);
        }
    }

    /** A random stop of the route that arrives last (the one that sets the plan's latest arrival). */
    private int onLatestRoute() {
        Route latest = current[0];
        for (Route r : current) {
            if (r.last > latest.last) {
                latest = r;
            }
        }
        return latest.size == 0 ? 1 + random.nextInt(in.n) : latest.stops[random.nextInt(latest.size)];
    }

    private static long[] cost(Route[] routes) {
        long late = 0;
        long latest = 0;
        long travel = 0;
        for (Route r : routes) {
            late += r.late;
            latest = Math.max(latest, r.last);
            travel += r.travel;
        }
        return new long[] {late, latest, travel};
    }

    private static long scalar(Route[] routes) {
        long[] c = cost(routes);
        return c[0] * LATE_WEIGHT + c[1] * LATEST_WEIGHT + c[2];
    }

    static boolean better(Route[] a, Route[] b) {
        long[] x = cost(a);
        long[] y = cost(b);
        return x[0] != y[0] ? x[0] < y[0] : x[1] != y[1] ? x[1] < y[1] : x[2] < y[2];
    }

    /** The score as the plan reports it: minutes late (hard), latest arrival (medium), travel (soft). */
    static String score(Route[] routes) {
        long[] c = cost(routes);
        return -c[0] + "hard/" + -c[1] + "medium/" + -c[2] + "soft";
    }

    private static void copy(Route[] from, Route[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i].copyFrom(from[i]);
        }
    }
}
