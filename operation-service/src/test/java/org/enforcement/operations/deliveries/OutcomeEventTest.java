package org.enforcement.operations.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.deliveries.DeliveryFixtures.answer;
import static org.enforcement.operations.deliveries.DeliveryFixtures.created;
import static org.enforcement.operations.deliveries.DeliveryFixtures.deliveryOf;
import static org.enforcement.operations.deliveries.DeliveryFixtures.key;
import static org.enforcement.operations.deliveries.DeliveryFixtures.payments;
import static org.enforcement.operations.deliveries.DeliveryFixtures.problem;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * An outcome case-service must record is announced (TargetOutcome) only once case-service accepted it, so what
 * case-service refuses is never counted; outcomes without a delivery are announced when written.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class OutcomeEventTest {

    @Inject
    DeliveryPoller poller;

    private static List<Map<String, Object>> outcomes(Court court) {
        return given().auth().oauth2(court.integrator()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().path("items.findAll { it.type == 'TargetOutcome' }");
    }

    private static io.restassured.response.ValidatableResponse report(Court court, String op) {
        return given().auth().oauth2(court.director()).get("/api/operations/" + op + "/report").then()
                .statusCode(200);
    }

    @Test
    void shouldAnnounceAnOnSitePaymentOnlyOnceCaseServiceAcceptedIt() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "秦某某");
        appended(court.officer(), op, entry("DEBTOR_FOUND", t.id(), at("05:52"), null));
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", t.id(), at("06:30"),
                paid("600.00", "秦某某")));
        String key = key(entry);
        answer(payments(t.caseId()), key, problem(422, "overpayment", "Case has 500.00 yuan outstanding"));

        // Found is announced at once; the payment waits for case-service.
        assertThat(outcomes(court)).extracting(e -> (Object) ((Map<?, ?>) e.get("payload")).get("type"))
                .containsExactly((Object) "DEBTOR_FOUND");
        report(court, op).body("collectedOnSite", equalTo(0.0f)).body("outcomesPending", equalTo(1))
                .body("outcomesRefused", equalTo(0));

        // case-service refuses the overpayment for good: nothing is announced, nothing counted.
        assertThat(poller.pollOnce(court.code())).isEqualTo(1);
        String delivery = (String) deliveryOf(court, op, entry).get("id");
        assertThat(deliveryOf(court, op, entry)).containsEntry("status", "FAILED");
        assertThat(outcomes(court)).hasSize(1);
        report(court, op).body("collectedOnSite", equalTo(0.0f)).body("outcomesPending", equalTo(0))
                .body("outcomesRefused", equalTo(1))
                .body("summary", equalTo("此次行动共出动干警7人次，查找被执行人1人。"));

        // Corrected in case-service, the operator sends it again: accepted, announced once, with the entry's time.
        answer(payments(t.caseId()), key, created(payments(t.caseId())));
        given().auth().oauth2(court.director()).post("/api/deliveries/" + delivery + "/retry").then()
                .statusCode(200);
        assertThat(poller.pollOnce(court.code())).isEqualTo(1);
        assertThat(deliveryOf(court, op, entry)).containsEntry("status", "DELIVERED");
        List<Map<String, Object>> outcomes = outcomes(court);
        assertThat(outcomes).hasSize(2);
        Map<String, Object> paid = outcomes.get(1);
        assertThat(paid).containsEntry("caseId", t.caseId()).containsEntry("aggregateId", op);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) paid.get("payload");
        assertThat(payload).containsEntry("type", "PAID_ON_SITE").containsEntry("entryId", entry)
                .containsEntry("operationId", op).containsEntry("targetId", t.id())
                .containsEntry("caseNumber", t.caseNumber()).containsEntry("occurredAt", "2023-02-01T22:30:00Z")
                .containsEntry("campaignCode", "淮执·9号").containsEntry("targetStatus", "FOUND")
                .doesNotContainKey("payer");
        assertThat(((Number) payload.get("amount")).doubleValue()).isEqualTo(600.00);
        report(court, op).body("collectedOnSite", equalTo(600.0f)).body("outcomesPending", equalTo(0))
                .body("outcomesRefused", equalTo(0))
                .body("summary", equalTo("此次行动共出动干警7人次，查找被执行人1人，现场执行到位金额600元。"));

        // Delivered once, announced once.
        assertThat(poller.pollOnce(court.code())).isZero();
        assertThat(outcomes(court)).hasSize(2);
    }
}
