package org.enforcement.cases.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.UUID;
import org.enforcement.commons.http.JsonCustomizer;
import org.enforcement.rules.vocabulary.MeasureType;
import org.junit.jupiter.api.Test;

/** The wire format of an order stays one flat object; the type picks the record, read as strictly as before. */
class OrderMeasureRequestDeserializerTest {

    private static final ObjectMapper JSON = mapper();

    @Test
    void shouldBuildTheRecordTheTypeNames() throws Exception {
        UUID respondent = UUID.randomUUID();
        OrderMeasureRequest order = read("""
                {"durationHours": 8, "complex": true, "type": "SUMMONS", "respondentId": "%s", "reason": "拒不到场",
                 "fieldDecision": {"decidedBy": "officer.zhao", "decidedAt": "2023-02-01T21:49:00Z"}}""".formatted(respondent));
        assertThat(order).isInstanceOf(SummonsOrder.class);
        assertThat(order.type()).isEqualTo(MeasureType.SUMMONS);
        assertThat(order.respondentId()).isEqualTo(respondent);
        assertThat(order.durationHours()).isEqualTo(8);
        assertThat(order.complex()).isTrue();
        assertThat(order.fieldDecision().decidedBy()).isEqualTo("officer.zhao");
        assertThat(order.misplaced()).isEmpty();
        assertThat(order.amount()).isNull();
    }

    @Test
    void shouldKeepAsideTheMembersOfOtherTypesThatSaySomething() throws Exception {
        OrderMeasureRequest order = read("""
                {"type": "FINE", "amount": 1000.00, "detentionDays": 3, "complex": false, "property": " ",
                 "witnesses": [], "warrantNumber": "令", "endsOn": null}""");
        assertThat(order).isInstanceOf(FineOrder.class);
        assertThat(order.amount()).isEqualByComparingTo(new BigDecimal("1000.00"));
        assertThat(order.misplaced()).containsExactly("detentionDays", "warrantNumber");
    }

    @Test
    void shouldRefuseWhatNoOrderHasNamingTheMember() {
        assertThatThrownBy(() -> read("{\"type\": \"FINE\", \"cost\": 5, \"costs\": 6}"))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("cost"));
        assertThatThrownBy(() -> read("{\"amount\": 1}"))
                .isInstanceOf(InvalidNullException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("type"));
        assertThatThrownBy(() -> read("{\"type\": null, \"amount\": 1}"))
                .isInstanceOf(InvalidNullException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("type"));
        assertThatThrownBy(() -> read("{\"type\": \"ARREST\"}"))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("type"));
        assertThatThrownBy(() -> read("[]"))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void shouldReadEveryValueAsStrictlyAsAMemberOfTheFlatOrder() {
        // A misplaced member with a bad value is a bad value first, as it always was.
        assertThatThrownBy(() -> read("{\"type\": \"SEARCH\", \"amount\": 1e2}"))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("amount"));
        assertThatThrownBy(() -> read("{\"type\": \"SEARCH\", \"witnesses\": [null]}"))
                .isInstanceOf(InvalidNullException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("witnesses[0]"));
        assertThatThrownBy(() -> read("{\"type\": \"SUMMONS\", \"durationHours\": 1.5}"))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("durationHours"));
        assertThatThrownBy(() -> read("""
                {"type": "SUMMONS", "fieldDecision": {"decidedBy": 5}}"""))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(path(e)).isEqualTo("fieldDecision.decidedBy"));
    }

    private static OrderMeasureRequest read(String json) throws Exception {
        return JSON.readValue(json, OrderMeasureRequest.class);
    }

    private static String path(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : ((JsonMappingException) e).getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new JsonCustomizer().customize(mapper);
        return mapper;
    }
}
