package org.enforcement.operations.dispatch;

/** Travel minutes between places: index 0 is the assembly point, 1..n the targets. Immutable once built. */
final class Network {

    final int[][] travel;

    Network(int[][] travel) {
        this.travel = travel;
    }

    int minutes(int from, int to) {
        return travel[from][to];
    }
}
