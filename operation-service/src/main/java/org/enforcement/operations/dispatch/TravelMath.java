package org.enforcement.operations.dispatch;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;

/** Pure helpers: distances, travel minutes, earliest arrivals and lower bounds of the makespan. */
public final class TravelMath {

    /** Mean earth radius (km). */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private TravelMath() {
    }

    /** Great-circle distance in km (haversine). */
    public static double haversineKm(double lat1, double lng1, double lat2, double lng2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** Minutes to cover {@code km} at {@code speedKmh}, rounded up to whole minutes. */
    public static int minutes(double km, int speedKmh) {
        if (speedKmh <= 0) {
            throw new IllegalArgumentException("speed must be positive: " + speedKmh);
        }
        // The tolerance keeps exact multiples (e.g. 20 km at 40 km/h = 30 min) from rounding up by float noise.
        return (int) Math.ceil(km * 60.0 / speedKmh - 1e-9);
    }

    /**
     * Earliest possible arrival at every place when leaving place 0 at minute 0: shortest paths (Dijkstra on the
     * dense matrix). Waiting for arriveNotBefore only delays, so no route can arrive earlier. Equals the direct
     * travel time when the matrix obeys the triangle inequality (as distance/speed does); a supplied matrix may
     * have shortcuts through other targets, which this honours.
     */
    public static long[] earliestArrivals(int[][] travel) {
        return earliestArrivals(travel, new int[travel.length]);
    }

    /** The same when a team spends {@code service[i]} minutes at each target it passes through on the way. */
    public static long[] earliestArrivals(int[][] travel, int[] service) {
        int places = travel.length;
        long[] earliest = new long[places];
        Arrays.fill(earliest, Long.MAX_VALUE);
        boolean[] done = new boolean[places];
        earliest[0] = 0;
        for (int round = 0; round < places; round++) {
            int next = -1;
            for (int i = 0; i < places; i++) {
                if (!done[i] && earliest[i] != Long.MAX_VALUE && (next < 0 || earliest[i] < earliest[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            done[next] = true;
            for (int j = 1; j < places; j++) {
                long via = earliest[next] + (next == 0 ? 0 : service[next]) + travel[next][j];
                if (!done[j] && j != next && via < earliest[j]) {
                    earliest[j] = via;
                }
            }
        }
        return earliest;
    }

    /**
     * The reach bound: the makespan is at least, for every target, the later of its earliest possible arrival and
     * its arriveNotBefore. {@code notBefore[j]} is in minutes after departure (very negative if none); index 0 is
     * the assembly point and ignored.
     */
    public static long reachBound(long[] earliest, long[] notBefore) {
        long bound = 0;
        for (int j = 1; j < earliest.length; j++) {
            bound = Math.max(bound, Math.max(earliest[j], notBefore[j]));
        }
        return bound;
    }

    /**
     * The workload bound: every target is entered by exactly one leg, so all teams together travel at least the sum
     * over targets of the cheapest leg into each; the busiest of {@code teams} teams travels at least the average,
     * and its last arrival is no earlier than its travel. Rounded up, arrivals being whole minutes.
     */
    public static long workloadBound(int[][] travel, int teams) {
        return workloadBound(travel, new int[travel.length], teams);
    }

    /**
     * The same with time spent at the targets: a team's last arrival also includes the service minutes of every
     * target before its last one, so all teams together spend at least the service of all targets but the
     * {@code teams} longest (one last target per team) — see {@link #servicedBeforeLast}.
     */
    public static long workloadBound(int[][] travel, int[] service, int teams) {
        if (teams <= 0) {
            return 0;
        }
        long sum = servicedBeforeLast(service, teams);
        for (int j = 1; j < travel.length; j++) {
            long cheapest = Long.MAX_VALUE;
            for (int i = 0; i < travel.length; i++) {
                if (i != j) {
                    cheapest = Math.min(cheapest, travel[i][j]);
                }
            }
            sum += cheapest == Long.MAX_VALUE ? 0 : cheapest;
        }
        return (sum + teams - 1) / teams;
    }

    /**
     * Makespan ≥ (total travel + service minutes spent before each team's last arrival) / teams, rounded up: each
     * team's last arrival includes its travel and the service at every target before its last one.
     */
    public static long shared(long travel, int[] service, int teams) {
        long sum = travel + servicedBeforeLast(service, teams);
        return teams <= 0 ? 0 : (sum + teams - 1) / teams;
    }

    /** Service minutes of all targets (index 1..n) except the {@code teams} longest. */
    static long servicedBeforeLast(int[] service, int teams) {
        int[] sorted = Arrays.copyOfRange(service, Math.min(1, service.length), service.length);
        Arrays.sort(sorted);
        long sum = 0;
        for (int i = 0; i < sorted.length - teams; i++) {
            sum += sorted[i];
        }
        return sum;
    }

    /** Whole minutes from departure until {@code time} on the operation's date, rounded up (for notBefore). */
    public static long minutesUntilCeil(ZonedDateTime departure, LocalTime time) {
        Duration d = Duration.between(departure, departure.with(time));
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return -Math.floorDiv(-seconds, 60);
    }

    /** Whole minutes from departure until {@code time} on the operation's date, rounded down (for notAfter). */
    public static long minutesUntilFloor(ZonedDateTime departure, LocalTime time) {
        Duration d = Duration.between(departure, departure.with(time));
        return Math.floorDiv(d.getSeconds(), 60);
    }
}
