package org.enforcement.cases.events;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.transition;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enforcement.cases.settlements.MarkMissedInstallments;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.http.Json;
import org.enforcement.events.EventPayload;
import org.enforcement.events.EventTypes;
import org.enforcement.testing.Court;
import org.enforcement.testing.EventContractCheck;

/**
 * The feed's payloads against their records and the committed contract: Zhang v. Qin signed, breached, summoned,
 * paid and resumed, plus every event the tests before it in the same run published.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class EventContractTest extends EventContractCheck {

    @Inject
    MarkMissedInstallments settlements;

    @Override
    protected EventTypes types() {
        return EventTypes.CASES;
    }

    @Override
    protected String write(EventPayload payload) {
        return Json.canonical(payload);
    }

    @Override
    protected Set<String> publishSome() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("signedOn", "2023-01-15", "total", 53300.00, "terms", "分期履行", "installments",
                        List.of(Map.of("dueOn", "2023-01-20", "amount", 26650.00),
                                Map.of("dueOn", "2023-03-20", "amount", 26650.00))))
                .post("/api/cases/" + id + "/settlements").then().statusCode(201);
        settlements.markMissedInstallments(LocalDate.of(2023, 1, 21));
        String qin = given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().extract()
                .path("respondents[0].id");
        var summons = given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("type", "SUMMONS", "respondentId", qin, "durationHours", 8, "reason", "经传唤拒不到场"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/cases/" + id + "/measures");
        String summonsId = summons.then().statusCode(201).extract().path("id");
        given().auth().oauth2(court.officer()).header("If-Match", summons.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("note", "拘传到院"))
                .post("/api/cases/" + id + "/measures/" + summonsId + "/result").then().statusCode(200);
        pay(court.officer(), id, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE", "payer", "秦某某",
                "amount", 20000.00, "receivedOn", "2023-02-02")).then().statusCode(201);
        transition(court.judge(), id, Map.of("action", "RESUME", "reason", "未按和解协议履行")).then().statusCode(200);
        return Set.of("CaseFiled", "CaseEnforcementStarted", "CaseSettlementPerforming", "SettlementSigned",
                "InstallmentMissed", "SettlementBreached", "MeasureOrdered", "MeasureExecuted", "PaymentRecorded",
                "CaseResumed", "SettlementTerminated");
    }
}
