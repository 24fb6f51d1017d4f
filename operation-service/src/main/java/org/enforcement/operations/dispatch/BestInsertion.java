package org.enforcement.operations.dispatch;

import java.util.List;

/**
 * Recreates a plan: inserts targets one by one, each where it adds the least lateness, then keeps the latest arrival
 * lowest, then adds the least travel. On a long route only the places next to the target's nearest neighbours and
 * the route's two ends are priced (a good place is almost always next to a near target), which keeps a round of the
 * search cheap when a team has dozens of stops.
 */
final class BestInsertion {

    /** Nearest neighbours whose places are priced on a long route. */
    static final int NEAREST = 15;

    private final RoutingInstance in;
    private final long[] price = new long[3];
    private Route bestRoute;
    private int bestPosition;
    private long bestLate;
    private long bestLatest;
    private long bestTravel;

    BestInsertion(RoutingInstance in) {
        this.in = in;
    }

    void insertAll(Route[] routes, List<Integer> order) {
        for (int v : order) {
            long top = 0;
            long second = 0;
            int topRoute = -1;
            for (Route r : routes) {
                if (r.last >= top) {
                    second = top;
                    top = r.last;
                    topRoute = r.index;
                } else if (r.last > second) {
                    second = r.last;
                }
            }
            bestRoute = null;
            bestLate = Long.MAX_VALUE;
            bestLatest = Long.MAX_VALUE;
            bestTravel = Long.MAX_VALUE;
            for (Route r : routes) {
                if (in.pin[v] >= 0 && in.pin[v] != r.index) {
                    continue;
                }
                long others = r.index == topRoute ? second : top;
                // From the end: appending adds no lateness for most targets, which spares re-walking the others.
                if (r.size <= 2 * NEAREST) {
                    for (int p = r.size; p >= 0; p--) {
                        consider(r, v, p, others);
                    }
                } else {
                    consider(r, v, r.size, others);
                    consider(r, v, 0, others);
                    int[] near = in.near[v];
                    for (int k = 0; k < near.length && k < NEAREST; k++) {
                        int at = r.positionOf(near[k]);
                        if (at >= 0) {
                            consider(r, v, at + 1, others);
                            consider(r, v, at, others);
                        }
                    }
                }
            }
            bestRoute.insert(bestPosition, v);
        }
    }

    private void consider(Route r, int v, int p, long others) {
        r.priceInsertion(v, p, price, bestLate > 0);
        if (price[0] == Route.ADDS_LATENESS) {
            return;
        }
        long addedLate = price[0] - r.late;
        long latest = Math.max(others, price[1]);
        if (addedLate < bestLate || addedLate == bestLate && (latest < bestLatest
                || latest == bestLatest && price[2] < bestTravel)) {
            bestLate = addedLate;
            bestLatest = latest;
            bestTravel = price[2];
            bestRoute = r;
            bestPosition = p;
        }
    }
}
