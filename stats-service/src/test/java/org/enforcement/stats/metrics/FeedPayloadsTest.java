package org.enforcement.stats.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.enforcement.events.EventTypes;
import org.enforcement.events.cases.MeasureOrdered;
import org.enforcement.events.cases.PaymentRecorded;
import org.enforcement.events.operations.StreamEnded;
import org.junit.jupiter.api.Test;

/** The feeds' payloads read into the sources' records, as leniently as a consumer must and no more. */
class FeedPayloadsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static FeedEvent event(String type, String payload) throws Exception {
        JsonNode node = JSON.readTree(payload);
        return new FeedEvent(1, UUID.randomUUID(), type, "苏0804", null, null, null, node,
                Instant.parse("2026-12-05T02:00:00Z"));
    }

    @Test
    void shouldReadAPaymentAsItsRecordSkippingFieldsItDoesNotKnow() throws Exception {
        var read = FeedPayloads.read(event("PaymentRecorded", """
                {"caseNumber": "(2023)苏0804执1号", "paymentId": "0b7e6f1e-32c5-4c36-9d0c-5a7d7f8e1a01",
                 "channel": "ON_SITE", "amount": 20000.00, "receivedOn": "2023-02-02", "paidTotal": "20000.00",
                 "owed": 53300.00, "campaignCode": "淮执·9号", "addedLater": {"any": "thing"}}"""));

        assertThat(read).get().isInstanceOf(PaymentRecorded.class);
        PaymentRecorded payment = (PaymentRecorded) read.get();
        assertThat(payment.amount()).isEqualByComparingTo("20000.00");
        assertThat(payment.paidTotal()).isEqualByComparingTo("20000.00");
        assertThat(payment.receivedOn()).isEqualTo(LocalDate.of(2023, 2, 2));
        assertThat(payment.reversesPaymentId()).isNull();
    }

    @Test
    void shouldCountAnInstantInADateFieldOnItsShanghaiDayAndADateInAnInstantFieldFromItsStart() throws Exception {
        MeasureOrdered ordered = (MeasureOrdered) FeedPayloads.read(event("MeasureOrdered", """
                {"orderedOn": "2023-08-03T16:30:00Z", "decidedInFieldAt": "2023-08-04"}""")).orElseThrow();

        assertThat(ordered.orderedOn()).isEqualTo(LocalDate.of(2023, 8, 4));
        assertThat(ordered.decidedInFieldAt()).isEqualTo(Instant.parse("2023-08-03T16:00:00Z"));
    }

    @Test
    void shouldNameTheFieldThatIsNoNumberEvenInsideAMap() throws Exception {
        assertThatThrownBy(() -> FeedPayloads.read(event("PaymentRecorded", "{\"amount\": \"abc\"}")))
                .isInstanceOf(MetricProjector.UnprojectableEvent.class)
                .hasMessage("payload.amount is not a number: \"abc\"");
        assertThatThrownBy(() -> FeedPayloads.read(event("StreamEnded",
                "{\"viewersByPlatform\": {\"DOUYIN\": 12.5}}")))
                .isInstanceOf(MetricProjector.UnprojectableEvent.class)
                .hasMessage("payload.viewersByPlatform.DOUYIN is not a whole number: 12.5");
        assertThatThrownBy(() -> FeedPayloads.read(event("PaymentRecorded", "{\"owed\": 10.005}")))
                .hasMessage("payload.owed has more than two decimals: 10.005");
        assertThatThrownBy(() -> FeedPayloads.read(event("StreamEnded", "{\"platforms\": {\"a\": 1}}")))
                .isInstanceOf(MetricProjector.UnprojectableEvent.class)
                .hasMessageStartingWith("payload.platforms is malformed");
    }

    @Test
    void shouldReadAbsentCountsAsZeroAndLeaveTypesNoSourcePublishes() throws Exception {
        StreamEnded ended = (StreamEnded) FeedPayloads.read(event("StreamEnded", "{}")).orElseThrow();

        assertThat(ended.cumulativeViewersTotal()).isZero();
        assertThat(ended.viewersByPlatform()).isNull();
        assertThat(FeedPayloads.read(event("CaseTransferred", "{\"filedOn\": \"2023-08-04\"}"))).isEmpty();
    }

    @Test
    void shouldDateEachTypeByAFieldItsRecordHas() {
        BusinessDate.FIELDS.forEach((type, fields) -> {
            var record = EventTypes.CASES.type(type).or(() -> EventTypes.OPERATIONS.type(type));
            assertThat(record).as(type).isPresent();
            assertThat(Arrays.stream(record.get().getRecordComponents()).map(c -> c.getName()).toList())
                    .as(type).containsAll(fields);
        });
    }
}
