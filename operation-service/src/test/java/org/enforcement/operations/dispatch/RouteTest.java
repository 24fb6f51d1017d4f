package org.enforcement.operations.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The O(1) insertion prices against inserting for real and re-timing the whole route. */
class RouteTest {

    @Test
    void shouldPriceEveryInsertionLikeTheRetimedRoute() {
        Random random = new Random(11);
        long[] price = new long[3];
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            int n = 3 + random.nextInt(12);
            RoutingInstance in = randomInstance(random, n, round % 3 == 0);
            Route route = new Route(0, in);
            int[] order = shuffled(random, n);
            int taken = 1 + random.nextInt(n - 1);
            for (int i = 0; i < taken; i++) {
                route.insert(random.nextInt(route.size + 1), order[i]);
            }
            for (int i = taken; i < n; i++) {
                int v = order[i];
                for (int p = 0; p <= route.size; p++) {
                    route.priceInsertion(v, p, price, true);
                    long[] quick = new long[3];
                    route.priceInsertion(v, p, quick, false);
                    Route copy = new Route(0, in);
                    copy.copyFrom(route);
                    copy.insert(p, v);
                    assertThat(price).as("insert %d at %d into %s", v, p,
                            Arrays.toString(Arrays.copyOf(route.stops, route.size)))
                            .containsExactly(copy.late, copy.last, copy.travel - route.travel);
                    if (quick[0] == Route.ADDS_LATENESS) {
                        assertThat(copy.late).isGreaterThan(route.late);
                    } else {
                        assertThat(quick).containsExactly(price);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void shouldTimeARouteWithServiceWaitsAndLateness() {
        // 0 → 1 (10 min, 5 min there) → 2 (4 min, may not be reached before minute 30, must by 25).
        int[][] travel = {{0, 10, 20}, {0, 0, 4}, {0, 4, 0}};
        RoutingInstance in = new RoutingInstance(1, travel, new int[] {0, 5, 7},
                new long[] {0, ArrivalWindows.OPEN_BEFORE, 30}, new long[] {0, ArrivalWindows.OPEN_AFTER, 25},
                new int[] {-1, -1, -1});
        Route route = new Route(0, in);
        route.insert(0, 1);
        route.insert(1, 2);
        assertThat(route.last).isEqualTo(30);
        assertThat(route.late).isEqualTo(5);
        assertThat(route.travel).isEqualTo(14);
    }

    static RoutingInstance randomInstance(Random random, int n, boolean metric) {
        int[][] travel = new int[n + 1][n + 1];
        for (int a = 0; a <= n; a++) {
            for (int b = 1; b <= n; b++) {
                travel[a][b] = a == b ? 0 : random.nextInt(metric ? 15 : 40);
            }
        }
        int[] service = new int[n + 1];
        long[] notBefore = new long[n + 1];
        long[] notAfter = new long[n + 1];
        int[] pin = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            service[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(30);
            notBefore[j] = random.nextInt(4) == 0 ? random.nextInt(120) : ArrivalWindows.OPEN_BEFORE;
            notAfter[j] = random.nextInt(3) == 0 ? 20 + random.nextInt(200) : ArrivalWindows.OPEN_AFTER;
            pin[j] = -1;
        }
        return new RoutingInstance(2, travel, service, notBefore, notAfter, pin);
    }

    private static int[] shuffled(Random random, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
