package org.enforcement.operations.dispatch;

import java.util.Arrays;

/**
 * A lower bound of the teams' total travel. The routes together form a spanning tree over the assembly point and
 * the targets (each route is a path from the assembly point) in which no target has more than two legs; each leg
 * costs at least the cheaper of its two directions. So any spanning tree's weight bounds the total travel from
 * below, and Held and Karp's Lagrangian relaxation tightens it: with a penalty {@code p_i ≥ 0} per target, the
 * minimum spanning tree under {@code c_ij + p_i + p_j} minus {@code 2 Σ p_i} is still a lower bound (a real plan
 * pays {@code p_i (degree_i − 2) ≤ 0}), and a subgradient search over the penalties pushes the tree towards paths.
 */
final class SpanningTreeBound {

    static final int ROUNDS = 150;

    private SpanningTreeBound() {
    }

    /**
     * The best bound found in {@link #ROUNDS} rounds, rounded up (travel is in whole minutes).
     *
     * @param upper the travel of any known plan (only steers the step size)
     */
    static long totalTravel(int[][] travel, long upper) {
        int places = travel.length;
        if (places <= 1) {
            return 0;
        }
        double[] penalty = new double[places];
        int[] degree = new int[places];
        double best = 0;
        double scale = 2.0;
        int sinceBest = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double tree = minimumTree(travel, penalty, degree);
            double sum = 0;
            for (int i = 1; i < places; i++) {
                sum += penalty[i];
            }
            double bound = tree - 2 * sum;
            if (bound > best + 1e-9) {
                best = bound;
                sinceBest = 0;
            } else if (++sinceBest >= 10) {
                scale /= 2;
                sinceBest = 0;
            }
            double norm = 0;
            for (int i = 1; i < places; i++) {
                int g = degree[i] - 2;
                if (g > 0 || penalty[i] > 0) {
                    norm += (double) g * g;
                }
            }
            if (norm == 0 || scale < 1e-4) {
                break; // every target has at most two legs in the tree and no penalty to lower: nothing to gain
            }
            double step = scale * Math.max(1.0, upper - bound) / norm;
            for (int i = 1; i < places; i++) {
                penalty[i] = Math.max(0, penalty[i] + step * (degree[i] - 2));
            }
        }
        return (long) Math.ceil(best - 1e-6);
    }

    /** Prim's algorithm on the dense penalised costs; fills each place's degree in the tree. */
    private static double minimumTree(int[][] travel, double[] penalty, int[] degree) {
        int places = travel.length;
        double[] key = new double[places];
        int[] parent = new int[places];
        boolean[] in = new boolean[places];
        Arrays.fill(key, Double.MAX_VALUE);
        Arrays.fill(degree, 0);
        key[0] = 0;
        parent[0] = -1;
        double total = 0;
        for (int added = 0; added < places; added++) {
            int u = -1;
            for (int i = 0; i < places; i++) {
                if (!in[i] && (u < 0 || key[i] < key[u])) {
                    u = i;
                }
            }
            in[u] = true;
            total += key[u];
            if (parent[u] >= 0) {
                degree[u]++;
                degree[parent[u]]++;
            }
            for (int v = 1; v < places; v++) {
                if (!in[v]) {
                    double w = cost(travel, u, v) + penalty[u] + penalty[v];
                    if (w < key[v]) {
                        key[v] = w;
                        parent[v] = u;
                    }
                }
            }
        }
        return total;
    }

    /** The cheaper direction of a leg between targets; from the assembly point only the way out counts. */
    private static int cost(int[][] travel, int a, int b) {
        return a == 0 ? travel[0][b] : Math.min(travel[a][b], travel[b][a]);
    }
}
