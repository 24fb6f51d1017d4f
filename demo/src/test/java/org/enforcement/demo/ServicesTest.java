package org.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.enforcement.client.cases.invoker.ApiException;
import org.junit.jupiter.api.Test;

/**
 * The loader's calls through the generated clients: what is tried again, and what a refusal says (an unreachable
 * service, tried eight times a second apart, is the system test's cut-off run).
 */
class ServicesTest {

    private static final String IN_FLIGHT = "{\"type\":\"/problems/idempotency-key-in-flight\",\"status\":409}";

    private static ApiException answer(int status, String body) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Retry-After", List.of("1")), (name, value) -> true);
        return new ApiException(status, "failed", headers, body);
    }

    @Test
    void triesABusyServiceAgainAfterRetryAfter() {
        AtomicInteger calls = new AtomicInteger();

        String answer = Services.call("registerCase", () -> {
            switch (calls.incrementAndGet()) {
                case 1 -> throw answer(503, "");
                case 2 -> throw answer(409, IN_FLIGHT);
                default -> {
                    return "created";
                }
            }
        });

        assertThat(answer).isEqualTo("created");
        assertThat(calls).hasValue(3);
    }

    @Test
    void reportsAnyOtherRefusalAtOnceWithTheOperationAndTheAnswer() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Services.call("getCase", () -> {
            calls.incrementAndGet();
            throw answer(404, "{\"type\":\"/problems/case-not-found\",\"status\":404}");
        }))
                .isInstanceOfSatisfying(ApiRefused.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.problemType()).isEqualTo("/problems/case-not-found");
                })
                .hasMessageContaining("case-service getCase").hasMessageContaining("HTTP 404");
        assertThat(calls).hasValue(1);
    }

    @Test
    void neverTriesAgainAnAnswerTheContractDoesNotDescribe() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Services.call("getCase", () -> {
            calls.incrementAndGet();
            throw new ApiException(new JsonMappingException(null, "ModelCase.court is required and not nullable"));
        }))
                .isInstanceOf(ApiRefused.class)
                .hasMessageContaining("case-service getCase: the answer is not what the contract describes")
                .hasMessageContaining("ModelCase.court");
        assertThat(calls).hasValue(1);
    }
}
