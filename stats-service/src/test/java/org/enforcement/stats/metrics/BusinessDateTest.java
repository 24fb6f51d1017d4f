package org.enforcement.stats.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which payload field dates each event type, and the Shanghai day of instants. */
class BusinessDateTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    /** Entered on 5 December 2026: the day every event below would count on without its business date. */
    static final Instant ENTERED = Instant.parse("2026-12-05T02:00:00Z");

    static FeedEvent event(String type, String... fieldsAndValues) {
        ObjectNode payload = JSON.createObjectNode();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            payload.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new FeedEvent(1, UUID.randomUUID(), type, "苏0804", null, null, null, payload, ENTERED);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "CaseFiled, filedOn", "CaseConcluded, concludedOn", "CaseEnforcementStarted, startedOn",
            "CaseResumed, resumedOn", "CaseSettlementPerforming, signedOn", "PaymentRecorded, receivedOn",
            "PaymentReversed, receivedOn", "DisbursementRequested, requestedOn", "DisbursementApproved, paidOutOn",
            "SettlementSigned, signedOn", "SettlementBreached, breachedOn", "SettlementCompleted, completedOn",
            "SettlementTerminated, terminatedOn", "InstallmentMissed, missedOn", "MeasureOrdered, orderedOn",
            "MeasureApproved, decidedOn", "MeasureRejected, decidedOn", "MeasureExecuted, resultOn",
            "PropertyReportRefused, resultOn", "ValuationRecorded, resultOn", "AuctionSold, resultOn",
            "OperationClosed, date", "TargetOutcome, occurredAt", "StreamStarted, startedAt",
            "StreamEnded, endedAt"})
    void shouldCountEachTypeOnItsBusinessDateAndAnInstantOnItsShanghaiDay(String type, String field) {
        assertThat(BusinessDate.of(event(type, field, "2023-08-04"), TODAY)).isEqualTo("2023-08-04");
        // 00:30 on 4 August in Shanghai, still 3 August in UTC.
        assertThat(BusinessDate.of(event(type, field, "2023-08-03T16:30:00Z"), TODAY)).isEqualTo("2023-08-04");
        assertThat(BusinessDate.of(event(type, field, "2023-08-04T15:59:59Z"), TODAY)).isEqualTo("2023-08-04");
        assertThat(BusinessDate.of(event(type, field, "2023-08-04T16:00:00Z"), TODAY)).isEqualTo("2023-08-05");
        assertThat(BusinessDate.of(event(type, field, "2023-08-04T00:30:00+08:00"), TODAY)).isEqualTo("2023-08-04");
        // Each type reads its own field only: another type's field does not date it.
        assertThat(BusinessDate.of(event(type, "filedOn".equals(field) ? "receivedOn" : "filedOn", "2023-08-04"),
                TODAY)).isEqualTo("2026-12-05");
    }

    @Test
    void shouldCountAMeasureDecidedInTheFieldOnTheDayItWasDecided() {
        FeedEvent handover = event("MeasureOrdered", "orderedOn", "2023-08-07",
                "decidedInFieldAt", "2023-08-03T16:30:00Z");

        assertThat(BusinessDate.of(handover, TODAY)).isEqualTo("2023-08-04");
        assertThat(BusinessDate.of(event("MeasureOrdered", "orderedOn", "2023-08-07"), TODAY))
                .isEqualTo("2023-08-07");
    }

    @Test
    void shouldCountAnEventFromBeforeTheFieldExistedOnTheDayItWasWritten() {
        FeedEvent old = event("CaseFiled", "caseNumber", "(2023)苏0804执1号");
        FeedEvent lateAtNight = new FeedEvent(1, UUID.randomUUID(), "PaymentRecorded", "苏0804", null, null, null,
                JSON.createObjectNode(), Instant.parse("2023-08-03T16:30:00Z"));

        assertThat(BusinessDate.of(old, TODAY)).isEqualTo("2026-12-05");
        assertThat(BusinessDate.of(lateAtNight, TODAY)).isEqualTo("2023-08-04");
        assertThat(BusinessDate.of(event("CaseTransferred", "filedOn", "2023-08-04"), TODAY)).isEqualTo("2026-12-05");
    }

    @ParameterizedTest
    @CsvSource(value = {"2023-02-30|not a date", "yesterday|not a date", "''|not a date",
            "1989-12-31|must not be before 1990-01-01", "2028-01-01|must not be after 2027-12-31",
            "2203-08-04|must not be after 2027-12-31"}, delimiter = '|')
    void shouldRefuseADateThatIsThereButUnusable(String value, String why) {
        assertThatThrownBy(() -> BusinessDate.of(event("PaymentRecorded", "receivedOn", value), TODAY))
                .isInstanceOf(MetricProjector.UnprojectableEvent.class)
                .hasMessageContaining("payload.receivedOn").hasMessageContaining(why);
    }

    @Test
    void shouldAcceptTheCalendarBounds() {
        assertThat(BusinessDate.of(event("CaseFiled", "filedOn", "1990-01-01"), TODAY)).isEqualTo("1990-01-01");
        assertThat(BusinessDate.of(event("CaseFiled", "filedOn", "2027-12-31"), TODAY)).isEqualTo("2027-12-31");
    }
}
