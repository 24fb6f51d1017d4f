package org.enforcement.operations.dispatch;

/**
 * One team's route during the search: the targets in visiting order, leaving the assembly point at minute 0.
 * Arrival = max(departure from the previous place + travel, notBefore); departure = arrival + service minutes. Keeps
 * each stop's arrival and departure, the lateness before it and whether anything after it has a window, so an
 * insertion is priced in O(1) when no window follows it and by re-walking the rest of the route otherwise.
 */
final class Route {

    final int index;
    private final RoutingInstance in;
    int[] stops;
    int size;
    /** Arrival at and departure from each stop. */
    private long[] arrival;
    private long[] departure;
    /** Lateness summed over the stops before each position. */
    private long[] lateBefore;
    /** Whether the stops from each position on have no window (so later arrivals only shift). */
    private boolean[] openAfter;
    /** Minutes waited for notBefore at the stops from each position on. */
    private long[] waitAfter;
    /**
     * How much later the stop at each position could be reached, before its own wait, without any stop from there
     * on becoming late (waits absorb part of a delay): {@code M[p] = wait[p] + min(notAfter[p] − arrival[p],
     * M[p + 1])}.
     */
    private long[] maxDelay;
    /** Position of each target on this route; valid only where {@code stops[position] == target}. */
    private final int[] positions;
    /** Minutes late in total, arrival at the last stop (0 if empty), travel minutes. */
    long late;
    long last;
    long travel;

    Route(int index, RoutingInstance in) {
        this.index = index;
        this.in = in;
        int capacity = in.n + 1;
        stops = new int[capacity];
        arrival = new long[capacity];
        departure = new long[capacity];
        lateBefore = new long[capacity + 1];
        openAfter = new boolean[capacity + 1];
        waitAfter = new long[capacity + 1];
        maxDelay = new long[capacity + 1];
        positions = new int[capacity];
    }

    /** Where the target is on this route, or -1. */
    int positionOf(int target) {
        int p = positions[target];
        return p < size && stops[p] == target ? p : -1;
    }

    /** Becomes a copy of the other route (the search's backup and best plan), without re-timing it. */
    void copyFrom(Route other) {
        int n = other.size;
        System.arraycopy(other.stops, 0, stops, 0, n);
        System.arraycopy(other.arrival, 0, arrival, 0, n);
        System.arraycopy(other.departure, 0, departure, 0, n);
        System.arraycopy(other.lateBefore, 0, lateBefore, 0, n + 1);
        System.arraycopy(other.openAfter, 0, openAfter, 0, n + 1);
        System.arraycopy(other.waitAfter, 0, waitAfter, 0, n + 1);
        System.arraycopy(other.maxDelay, 0, maxDelay, 0, n + 1);
        for (int i = 0; i < n; i++) {
            positions[stops[i]] = i;
        }
        size = n;
        late = other.late;
        last = other.last;
        travel = other.travel;
    }

    /** Recomputes the times after the stops changed. */
    void update() {
        long time = 0;
        long lateSum = 0;
        long legs = 0;
        int previous = 0;
        for (int i = 0; i < size; i++) {
            int v = stops[i];
            positions[v] = i;
            int leg = in.travel[previous][v];
            long at = Math.max(time + leg, in.notBefore[v]);
            lateBefore[i] = lateSum;
            lateSum += Math.max(0, at - in.notAfter[v]);
            arrival[i] = at;
            time = at + in.service[v];
            departure[i] = time;
            legs += leg;
            previous = v;
        }
        lateBefore[size] = lateSum;
        openAfter[size] = true;
        waitAfter[size] = 0;
        maxDelay[size] = ArrivalWindows.OPEN_AFTER;
        for (int i = size - 1; i >= 0; i--) {
            int v = stops[i];
            openAfter[i] = openAfter[i + 1] && !in.windowed[v];
            long wait = arrival[i] - ((i == 0 ? 0 : departure[i - 1]) + in.travel[i == 0 ? 0 : stops[i - 1]][v]);
            waitAfter[i] = waitAfter[i + 1] + wait;
            maxDelay[i] = wait + Math.min(in.notAfter[v] - arrival[i], maxDelay[i + 1]);
        }
        late = lateSum;
        last = size == 0 ? 0 : arrival[size - 1];
        travel = legs;
    }

    void insert(int position, int v) {
        System.arraycopy(stops, position, stops, position + 1, size - position);
        stops[position] = v;
        size++;
        update();
    }

    /** Removes the marked stops, keeping the order of the others. */
    void removeMarked(boolean[] removed) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!removed[stops[i]]) {
                stops[kept++] = stops[i];
            }
        }
        if (kept != size) {
            size = kept;
            update();
        }
    }

    /** {@link #priceInsertion} answers this lateness when it only knows that the insertion adds some. */
    static final long ADDS_LATENESS = Long.MAX_VALUE;

    /**
     * The lateness, last arrival and added travel if {@code v} were inserted before position {@code p}, written to
     * {@code out} (late, last, travel). Unless {@code exact}, an insertion that surely makes a later stop late is
     * priced {@link #ADDS_LATENESS} without re-walking the route (the caller already has a place that adds none).
     */
    void priceInsertion(int v, int p, long[] out, boolean exact) {
        int previous = p == 0 ? 0 : stops[p - 1];
        long leave = p == 0 ? 0 : departure[p - 1];
        long at = Math.max(leave + in.travel[previous][v], in.notBefore[v]);
        long lateSum = lateBefore[p] + Math.max(0, at - in.notAfter[v]);
        if (p == size) {
            out[0] = lateSum;
            out[1] = at;
            out[2] = in.travel[previous][v];
            return;
        }
        int next = stops[p];
        out[2] = in.travel[previous][v] + in.travel[v][next] - in.travel[previous][next];
        long time = at + in.service[v];
        if (openAfter[p]) {
            // Nothing after waits or can be late: every later arrival moves by the same amount.
            long shift = time + in.travel[v][next] - arrival[p];
            out[0] = lateSum + (late - lateBefore[p]);
            out[1] = last + shift;
            return;
        }
        long shift = time + in.travel[v][next] - arrival[p];
        if (shift >= 0 && late == lateBefore[p]) {
            if (shift <= Math.min(in.notAfter[next] - arrival[p], maxDelay[p + 1])) {
                // No stop from p on is late now or becomes late; waits after p absorb part of the delay.
                out[0] = lateSum;
                out[1] = last + Math.max(0, shift - waitAfter[p + 1]);
                return;
            }
            if (!exact) {
                out[0] = ADDS_LATENESS;
                return;
            }
        }
        int prev = v;
        long t = at;
        for (int i = p; i < size; i++) {
            int w = stops[i];
            t = Math.max(time + in.travel[prev][w], in.notBefore[w]);
            lateSum += Math.max(0, t - in.notAfter[w]);
            time = t + in.service[w];
            prev = w;
        }
        out[0] = lateSum;
        out[1] = t;
    }
}
