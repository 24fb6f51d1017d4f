package org.enforcement.operations.dispatch;

/**
 * One target as the solver sees it: its place in the travel matrix, the team it is pinned to and its window in
 * minutes after departure. Immutable; shared between solution clones.
 */
public final class Visit {

    /** No window bound on this side. */
    static final long OPEN_BEFORE = Long.MIN_VALUE / 4;
    static final long OPEN_AFTER = Long.MAX_VALUE / 4;

    /** Row/column of this target in {@link Network#travel} (0 is the assembly point). */
    final int place;
    /** Index of the route (team) this target is pinned to, or -1. */
    final int pinnedRoute;
    /** Arrive no earlier than this (a team arriving earlier waits). */
    final long notBefore;
    /** Arrive no later than this (hard). */
    final long notAfter;

    Visit(int place, int pinnedRoute, long notBefore, long notAfter) {
        this.place = place;
        this.pinnedRoute = pinnedRoute;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
    }

    @Override
    public String toString() {
        return "Visit" + place;
    }
}
