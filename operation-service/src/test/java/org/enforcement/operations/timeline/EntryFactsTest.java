package org.enforcement.operations.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.enforcement.commons.http.Json;
import org.junit.jupiter.api.Test;

/** Which facts a type accepts and needs, read from its record, and the flat record the timeline stores. */
class EntryFactsTest {

    @Test
    void shouldReadWhatATypeAcceptsAndNeedsFromItsRecord() {
        assertThat(EntryFacts.accepted(TimelineEventType.PAID_ON_SITE)).containsExactly("amount", "payer", "note");
        assertThat(EntryFacts.required(TimelineEventType.PAID_ON_SITE)).containsExactly("amount", "payer");
        assertThat(EntryFacts.required(TimelineEventType.SEARCH_PERFORMED))
                .containsExactly("procuratorate", "warrantNumber");
        assertThat(EntryFacts.required(TimelineEventType.NOTE)).containsExactly("note");
        assertThat(EntryFacts.required(TimelineEventType.LOCK_CHANGED)).containsExactly("note");
        assertThat(EntryFacts.accepted(TimelineEventType.ARRIVED)).containsExactly("note");
        assertThat(EntryFacts.required(TimelineEventType.ARRIVED)).isEmpty();
        assertThat(EntryFacts.accepted(TimelineEventType.CLOSED)).containsExactly("note");
    }

    @Test
    void shouldKnowEveryMemberTheStoredRecordHolds() {
        List<String> stored = Arrays.stream(TimelineDetails.class.getRecordComponents())
                .map(c -> c.getName()).toList();
        assertThat(EntryFacts.known()).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void shouldCountBlankAndEmptyAsMissing() {
        assertThat(EntryFacts.missing(TimelineEventType.PAID_ON_SITE,
                new EntryDetails.PaidOnSite(new BigDecimal("1"), " ", null))).containsExactly("payer");
        assertThat(EntryFacts.missing(TimelineEventType.SETTLEMENT_REACHED,
                new EntryDetails.SettlementReached(new BigDecimal("1"), List.of(), null, null, null)))
                .containsExactly("installments");
        assertThat(EntryFacts.missing(TimelineEventType.HANDED_OVER, null)).containsExactly("item");
        assertThat(EntryFacts.missing(TimelineEventType.ARRIVED, null)).isEmpty();
    }

    @Test
    void shouldStoreTheSameCanonicalJsonAsTheFlatRecord() {
        var typed = new EntryDetails.SettlementReached(new BigDecimal("300"),
                List.of(new TimelineDetails.Installment(LocalDate.of(2023, 3, 1), new BigDecimal("300"))),
                LocalDate.of(2023, 2, 2), " 分一期 ", null);
        var flat = new TimelineDetails(null, null, null, null, null, null, new BigDecimal("300"),
                List.of(new TimelineDetails.Installment(LocalDate.of(2023, 3, 1), new BigDecimal("300"))),
                LocalDate.of(2023, 2, 2), " 分一期 ", null, null, null, null);
        assertThat(EntryFacts.flat(typed)).isEqualTo(flat);
        assertThat(Json.canonical(EntryFacts.flat(typed).normalised(TimelineEventType.SETTLEMENT_REACHED)))
                .isEqualTo(Json.canonical(flat.normalised(TimelineEventType.SETTLEMENT_REACHED)));
        assertThat(EntryFacts.flat(new EntryDetails.Summoned(8, null, null))
                .normalised(TimelineEventType.SUMMONED).complex()).isFalse();
        assertThat(EntryFacts.flat(null)).isEqualTo(TimelineDetails.NONE);
    }
}
