package org.enforcement.stats.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.enforcement.stats.metrics.FeedEvent;
import org.junit.jupiter.api.Test;

/** When a source went backwards, by the pages it answers alone (plain JUnit). */
class DivergenceTest {

    private static final UUID APPLIED = UUID.fromString("00000000-0000-0000-0000-000000000007");

    @Test
    void shouldFindNothingToCompareBeforeAnythingWasApplied() {
        assertThat(Divergence.atCursor(0, null, page(null))).isNull();
        assertThat(Divergence.atCursor(7, null, page(7L))).isNull();
    }

    @Test
    void shouldAcceptASourceThatStillHoldsTheEventAtTheCursor() {
        assertThat(Divergence.atCursor(7, APPLIED, page(9L, event(7, APPLIED)))).isNull();
        assertThat(Divergence.atCursor(7, APPLIED, page(null, event(7, APPLIED)))).isNull();
    }

    @Test
    void shouldStopWhenTheSourceHeadIsBelowTheCursor() {
        Divergence d = Divergence.atCursor(7, APPLIED, page(5L));

        assertThat(d).isNotNull();
        assertThat(d.cursor()).isEqualTo(7);
        assertThat(d.head()).isEqualTo(5L);
        assertThat(d.reason()).isEqualTo("source head 5 is below cursor 7; expected event " + APPLIED
                + " at 7, found none");
    }

    @Test
    void shouldStopWhenAnotherEventSitsAtTheCursor() {
        UUID other = UUID.randomUUID();

        Divergence d = Divergence.atCursor(7, APPLIED, page(8L, event(7, other)));

        assertThat(d).isNotNull();
        assertThat(d.reason()).isEqualTo("event at cursor 7 (head 8) is " + other + ", expected " + APPLIED);
    }

    @Test
    void shouldStopWhenNoEventSitsAtTheCursorWhatEverTheHead() {
        assertThat(Divergence.atCursor(7, APPLIED, page(null)).reason())
                .isEqualTo("event at cursor 7 (head unknown) is none, expected " + APPLIED);
        assertThat(Divergence.atCursor(7, APPLIED, page(9L, event(8, UUID.randomUUID()))).reason())
                .startsWith("event at cursor 7 (head 9) is none");
    }

    @Test
    void shouldStopAPageWhoseHeadIsBelowTheCursorItWasReadFrom() {
        assertThat(Divergence.headBelowCursor(7, page(6L)).reason()).isEqualTo("source head 6 is below cursor 7");
        assertThat(Divergence.headBelowCursor(7, page(7L))).isNull();
        assertThat(Divergence.headBelowCursor(7, page(null))).isNull();
    }

    private static FeedPage page(Long head, FeedEvent... events) {
        return new FeedPage(List.of(events), "0", false, head);
    }

    private static FeedEvent event(long id, UUID eventId) {
        return new FeedEvent(id, eventId, "PaymentRecorded", "苏0804", null, null, null, null,
                Instant.parse("2023-02-02T21:49:00Z"));
    }
}
