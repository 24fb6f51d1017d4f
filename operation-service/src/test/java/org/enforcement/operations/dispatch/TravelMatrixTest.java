package org.enforcement.operations.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.enforcement.operations.dispatch.DispatchPlannerTest.problem;
import static org.enforcement.operations.dispatch.DispatchPlannerTest.put;
import static org.enforcement.operations.dispatch.DispatchPlannerTest.teams;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchProblem.Leg;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;
import org.junit.jupiter.api.Test;

/** Travel minutes per leg and the arrival windows, before any search. */
class TravelMatrixTest {

    private static TargetInput at(int seq, Double lat, Double lng, LocalTime notBefore, LocalTime notAfter) {
        return new TargetInput(UUID.randomUUID(), seq, "(2023)苏0804执" + seq + "号", "李某", lat, lng, notBefore,
                notAfter, null);
    }

    @Test
    void shouldTakeTheCourtsLegsBothWaysAndEstimateTheRest() {
        TargetInput a = at(1, 33.64, 119.025, null, null);
        TargetInput b = at(2, null, null, null, null);
        Map<Leg, Integer> m = new HashMap<>();
        put(m, "ASSEMBLY", b, 19);
        m.put(new Leg(b.id().toString(), a.id().toString()), 7); // given b → a only: a → b is the same
        TravelMatrix matrix = TravelMatrix.of(problem(teams(1), List.of(a, b), m));
        assertThat(matrix.minutes()[0][2]).isEqualTo(19);
        assertThat(matrix.minutes()[2][1]).isEqualTo(7);
        assertThat(matrix.minutes()[1][2]).isEqualTo(7);
        assertThat(matrix.fromCourt()).isEqualTo(3);
        assertThat(matrix.estimated()).isEqualTo(1); // assembly → a, from coordinates
    }

    @Test
    void shouldNameTheTargetWithoutCoordinatesOrLegs() {
        TargetInput lost = at(1, null, null, null, null);
        ProblemException p = catchThrowableOfType(() -> TravelMatrix.of(problem(teams(1), List.of(lost), Map.of())),
                ProblemException.class);
        assertThat(p.type()).isEqualTo("/problems/travel-time-unknown");
        assertThat(p.extensions()).containsKey("targets");
    }

    @Test
    void shouldRoundWindowsToWholeMinutesAfterDeparture() {
        // Departure 05:30: not before 05:40:30 waits until 11 min; not after 05:40:30 must arrive by 10 min.
        TargetInput t = at(1, null, null, LocalTime.of(5, 40, 30), LocalTime.of(5, 40, 30));
        ArrivalWindows windows = ArrivalWindows.of(problem(teams(1), List.of(t), Map.of()));
        assertThat(windows.notBefore()[1]).isEqualTo(11);
        assertThat(windows.notAfter()[1]).isEqualTo(10);
        TargetInput open = at(1, null, null, null, null);
        ArrivalWindows none = ArrivalWindows.of(problem(teams(1), List.of(open), Map.of()));
        assertThat(none.notBefore()[1]).isEqualTo(ArrivalWindows.OPEN_BEFORE);
        assertThat(none.notAfter()[1]).isEqualTo(ArrivalWindows.OPEN_AFTER);
    }

    @Test
    void shouldRefuseAWindowThatGoingStraightThereCannotMeet() {
        TargetInput t = at(1, null, null, null, LocalTime.of(5, 50));
        DispatchProblem problem = problem(teams(1), List.of(t), Map.of());
        ArrivalWindows windows = ArrivalWindows.of(problem);
        windows.requireReachable(problem, new long[] {0, 20});
        ProblemException p = catchThrowableOfType(() -> windows.requireReachable(problem, new long[] {0, 21}),
                ProblemException.class);
        assertThat(p.type()).isEqualTo("/problems/window-unreachable");
        assertThat(p.getMessage()).contains("05:51");
    }
}
