package org.enforcement.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.enforcement.client.cases.invoker.ApiClient;
import org.enforcement.client.cases.model.Disbursement;
import org.enforcement.client.cases.model.DisbursementStatus;
import org.junit.jupiter.api.Test;

class StrictReadingTest {

    private final ObjectMapper mapper = StrictReading.cases(HttpClient.newBuilder(), "http://localhost/")
            .getObjectMapper();

    /** A disbursement as case-service answers it: decided members null while it waits. */
    private static final String REQUESTED = """
            {"id":"8d0c7c1e-1f5e-4a56-9d7e-0b7f3c1f2a10","caseId":"2b5e4c77-3d1a-4b2e-8f0a-6c9d1e2f3a4b",
             "payeeId":"5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c","amount":291200.00,"status":"REQUESTED",
             "note":null,"requestedBy":"clerk.wang","requestedAt":"2023-02-01T08:00:00Z","decidedBy":null,
             "decidedAt":null,"decisionNote":null,"requestedOn":"2023-02-01","paidOutOn":null,"version":0}""";

    @Test
    void readsAnAnswerTheContractDescribes() throws Exception {
        Disbursement d = mapper.readValue(REQUESTED, Disbursement.class);

        assertThat(d.getAmount()).isEqualByComparingTo(new BigDecimal("291200.00"));
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.REQUESTED);
        assertThat(d.getDecidedBy()).isNull();
    }

    @Test
    void refusesAMemberTheContractDoesNotDescribe() {
        String answer = REQUESTED.replace("\"version\":0", "\"version\":0,\"bank\":\"ICBC\"");

        assertThatThrownBy(() -> mapper.readValue(answer, Disbursement.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"bank\"");
    }

    @Test
    void refusesAMissingRequiredMember() {
        String answer = REQUESTED.replace("\"requestedBy\":\"clerk.wang\",", "");

        assertThatThrownBy(() -> mapper.readValue(answer, Disbursement.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Disbursement.requestedBy");
    }

    @Test
    void refusesNullForAMemberThatIsNotNullable() {
        String answer = REQUESTED.replace("\"amount\":291200.00", "\"amount\":null");

        assertThatThrownBy(() -> mapper.readValue(answer, Disbursement.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Disbursement.amount");
    }

    @Test
    void checksModelsInsideListsAndMaps() {
        String broken = REQUESTED.replace("\"status\":\"REQUESTED\"", "\"status\":null");

        assertThatThrownBy(() -> mapper.readValue("[" + REQUESTED + "," + broken + "]",
                new TypeReference<List<Disbursement>>() { }))
                .hasMessageContaining("Disbursement.status").hasMessageContaining("[1]");
        assertThatThrownBy(() -> mapper.readValue("{\"a\":" + broken + "}",
                new TypeReference<Map<String, Disbursement>>() { }))
                .hasMessageContaining("Disbursement.status");
    }

    @Test
    void refusesAnUnknownEnumValue() {
        String answer = REQUESTED.replace("\"status\":\"REQUESTED\"", "\"status\":\"LOST\"");

        assertThatThrownBy(() -> mapper.readValue(answer, Disbursement.class)).hasMessageContaining("LOST");
    }

    @Test
    void leavesEmptyListsOutOfRequests() throws Exception {
        var entry = new org.enforcement.client.operations.model.TimelineDetails().note("门已打开");

        String written = StrictReading.operations(HttpClient.newBuilder(), "http://x").getObjectMapper()
                .writeValueAsString(entry);

        assertThat(written).contains("\"note\":\"门已打开\"").doesNotContain("installments");
    }

    @Test
    void everyClientReadsStrictly() {
        ApiClient client = StrictReading.cases(HttpClient.newBuilder(), "http://localhost:8081/");

        assertThat(client.getBaseUri()).isEqualTo("http://localhost:8081");
        assertThatThrownBy(() -> client.getObjectMapper().readValue("{\"unknown\":1}", Disbursement.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> StrictReading.operations(HttpClient.newBuilder(), "http://x").getObjectMapper()
                .readValue("{\"unknown\":1}", org.enforcement.client.operations.model.Operation.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> StrictReading.stats(HttpClient.newBuilder(), "http://x").getObjectMapper()
                .readValue("{\"unknown\":1}", org.enforcement.client.stats.model.Campaign.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }
}
