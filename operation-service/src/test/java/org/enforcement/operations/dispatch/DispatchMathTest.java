package org.enforcement.operations.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The pure travel-time and lower-bound math. */
class DispatchMathTest {

    private static final ZonedDateTime DEPARTURE = ZonedDateTime.of(LocalDate.of(2023, 2, 2), LocalTime.of(5, 30),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldMeasureGreatCircleDistances() {
        // One degree of latitude is ~111.2 km anywhere; one degree of longitude shrinks with cos(latitude).
        assertThat(TravelMath.haversineKm(33.0, 119.0, 34.0, 119.0)).isCloseTo(111.19, Offset.offset(0.05));
        assertThat(TravelMath.haversineKm(60.0, 10.0, 60.0, 11.0)).isCloseTo(55.6, Offset.offset(0.1));
        assertThat(TravelMath.haversineKm(33.631, 119.025, 33.631, 119.025)).isZero();
        // Huai'an court to a village ~12.7 km away: 19 minutes at 40 km/h.
        double km = TravelMath.haversineKm(33.6310, 119.0250, 33.7450, 119.0250);
        assertThat(km).isCloseTo(12.68, Offset.offset(0.01));
        assertThat(TravelMath.minutes(km, 40)).isEqualTo(20);
    }

    @Test
    void shouldRoundTravelUpToWholeMinutes() {
        assertThat(TravelMath.minutes(20.0, 40)).isEqualTo(30);
        assertThat(TravelMath.minutes(20.001, 40)).isEqualTo(31);
        assertThat(TravelMath.minutes(0.0, 40)).isZero();
        assertThat(TravelMath.minutes(0.01, 40)).isEqualTo(1);
        assertThatThrownBy(() -> TravelMath.minutes(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFindEarliestArrivalsThroughShortcuts() {
        // 0 = assembly; direct to 2 takes 30, but via 1 only 10 + 5.
        int[][] travel = {
                {0, 10, 30},
                {0, 0, 5},
                {0, 5, 0}};
        assertThat(TravelMath.earliestArrivals(travel)).containsExactly(0, 10, 15);
    }

    @Test
    void shouldBoundTheMakespanFromBelow() {
        int[][] travel = {
                {0, 10, 30, 12},
                {0, 0, 5, 8},
                {0, 5, 0, 9},
                {0, 8, 9, 0}};
        long[] earliest = TravelMath.earliestArrivals(travel);
        long none = ArrivalWindows.OPEN_BEFORE;
        assertThat(TravelMath.reachBound(earliest, new long[] {none, none, none, none})).isEqualTo(15);
        // Target 3 may not be visited before minute 40.
        assertThat(TravelMath.reachBound(earliest, new long[] {none, none, none, 40})).isEqualTo(40);
        // Cheapest legs in: 1 ← 5, 2 ← 5, 3 ← 8: 18 minutes of travel shared by 2 teams → at least 9.
        assertThat(TravelMath.workloadBound(travel, 2)).isEqualTo(9);
        assertThat(TravelMath.workloadBound(travel, 1)).isEqualTo(18);
        assertThat(TravelMath.workloadBound(travel, 4)).isEqualTo(5);
    }

    @Test
    void shouldTurnClockTimesIntoMinutesAfterDeparture() {
        assertThat(TravelMath.minutesUntilFloor(DEPARTURE, LocalTime.of(6, 30))).isEqualTo(60);
        assertThat(TravelMath.minutesUntilCeil(DEPARTURE, LocalTime.of(5, 40, 30))).isEqualTo(11);
        assertThat(TravelMath.minutesUntilFloor(DEPARTURE, LocalTime.of(5, 40, 30))).isEqualTo(10);
        assertThat(TravelMath.minutesUntilFloor(DEPARTURE, LocalTime.of(5, 0))).isEqualTo(-30);
        assertThat(TravelMath.minutesUntilCeil(DEPARTURE, LocalTime.of(5, 29, 1))).isZero();
    }
}
