package org.enforcement.operations.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.rules.vocabulary.StreamPlatformKind;
import org.junit.jupiter.api.Test;

/** The viewer-count rules at their bounds: peak ≥ current ≤ cumulative, cumulative never decreasing. */
class ViewerCountRulesTest {

    private static ViewerSnapshotRequest reading(long current, Long peak, long cumulative) {
        return new ViewerSnapshotRequest(StreamPlatformKind.DOUYIN, Instant.parse("2023-02-01T22:15:00Z"), current,
                peak, cumulative);
    }

    @Test
    void shouldAcceptAsManyWatchingNowAsEverWatched() {
        assertThatCode(() -> ViewerCountRules.requireConsistent(reading(100, 100L, 100))).doesNotThrowAnyException();
        assertThatCode(() -> ViewerCountRules.requireConsistent(reading(0, null, 0))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAPeakBelowCurrent() {
        assertThat(catchThrowableOfType(() -> ViewerCountRules.requireConsistent(reading(100, 99L, 500)),
                ProblemException.class).status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseMoreWatchingThanEverWatched() {
        ProblemException p = catchThrowableOfType(() -> ViewerCountRules.requireConsistent(reading(101, null, 100)),
                ProblemException.class);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.type()).isEqualTo("/problems/current-exceeds-cumulative");
    }

    @Test
    void shouldKeepCumulativeViewsBetweenTheEarlierAndTheLaterReading() {
        assertThatCode(() -> ViewerCountRules.requireNeverDecreasing(reading(1, null, 500), 500L, 500L))
                .doesNotThrowAnyException();
        assertThatCode(() -> ViewerCountRules.requireNeverDecreasing(reading(1, null, 500), null, null))
                .doesNotThrowAnyException();
        ProblemException lower = catchThrowableOfType(
                () -> ViewerCountRules.requireNeverDecreasing(reading(1, null, 499), 500L, null), ProblemException.class);
        assertThat(lower.type()).isEqualTo("/problems/cumulative-viewers-decreased");
        assertThat(lower.extensions()).containsEntry("conflictingCumulative", 500L);
        ProblemException higher = catchThrowableOfType(
                () -> ViewerCountRules.requireNeverDecreasing(reading(1, null, 501), null, 500L), ProblemException.class);
        assertThat(higher.extensions()).containsEntry("conflictingCumulative", 500L);
    }
}
