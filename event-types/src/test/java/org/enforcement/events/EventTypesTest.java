package org.enforcement.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.events.cases.SettlementCompleted;
import org.enforcement.events.cases.SettlementTerminated;
import org.enforcement.events.operations.OperationAssembled;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void shouldNameEveryTypeOnceOverBothFeedsSoAReaderOfBothCanTellThemApart() {
        assertThat(EventTypes.CASES.byName()).hasSize(22);
        assertThat(EventTypes.OPERATIONS.byName()).hasSize(12);
        assertThat(EventTypes.CASES.byName().keySet()).doesNotContainAnyElementsOf(
                EventTypes.OPERATIONS.byName().keySet());
        assertThat(EventTypes.CASES.type("PaymentRecorded")).isPresent();
        assertThat(EventTypes.CASES.type("TargetOutcome")).isEmpty();
    }

    @Test
    void shouldLeaveOutWhatIsUnknownButWriteANullThatIsPartOfTheEvent() throws Exception {
        var terminated = new SettlementTerminated("(2023)苏0804执1号", UUID.randomUUID(), "TERMINATED", null, null,
                LocalDate.of(2023, 3, 1));
        var assembled = new OperationAssembled(UUID.randomUUID(), "ASSEMBLED", "淮执·9号", "PLANNED", "ASSEMBLED",
                Instant.parse("2023-02-01T21:30:00.123456Z"));

        String settlement = JSON.writeValueAsString(terminated);
        assertThat(settlement).contains("\"reason\":null").doesNotContain("campaignCode")
                .contains("\"terminatedOn\":\"2023-03-01\"");
        assertThat(JSON.writeValueAsString(assembled)).contains("\"at\":\"2023-02-01T21:30:00.123456Z\"")
                .contains("\"campaignCode\":\"淮执·9号\"");
        assertThat(terminated.eventType()).isEqualTo("SettlementTerminated");
        assertThat(JSON.writeValueAsString(new SettlementCompleted("n",
                UUID.randomUUID(), "COMPLETED", null, new BigDecimal("53300.00"), LocalDate.of(2023, 7, 20))))
                .contains("\"total\":53300.00");
    }
}
