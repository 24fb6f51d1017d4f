package org.enforcement.cases.measures;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.measures.MeasureResourceTest.detention;
import static org.enforcement.cases.measures.MeasureResourceTest.fine;
import static org.enforcement.cases.measures.MeasureResourceTest.measures;
import static org.enforcement.cases.measures.MeasureResourceTest.summons;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.measures.MeasureResourceTest.Enforced;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Measures and settlements recorded from the field by operation-service (role integrator), and made safe to retry
 * with an Idempotency-Key; the hand-over (强制交付 / 强制迁出) measure.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class FieldMeasureTest {

    private static final String CPL_260_261 = "《中华人民共和国民事诉讼法》第二百六十条、第二百六十一条";

    @Test
    void shouldCreateOneMeasureWhenAnOrderIsReplayedWithTheSameKey() {
        Enforced e = Enforced.personRespondent();
        String key = "op-entry-" + UUID.randomUUID();
        Map<String, Object> body = summons(e.respondentId(), 8, false);
        String first = keyed(e.court().judge(), e.caseId(), key, body).then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .header("ETag", notNullValue())
                .body("status", equalTo("ORDERED"))
                .extract().path("id");
        keyed(e.court().judge(), e.caseId(), key, body).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/api/cases/" + e.caseId() + "/measures/" + first))
                .body("id", equalTo(first));
        given().auth().oauth2(e.court().judge()).get(measures(e.caseId())).then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(first));
        given().auth().oauth2(e.court().integrator()).get("/events").then().statusCode(200)
                .body("items.findAll { it.type == 'MeasureOrdered' }", hasSize(1));
    }

    @Test
    void shouldRejectTheSameKeyWithAnotherOrder() {
        Enforced e = Enforced.personRespondent();
        String key = "op-entry-" + UUID.randomUUID();
        keyed(e.court().judge(), e.caseId(), key, summons(e.respondentId(), 8, false)).then().statusCode(201);
        keyed(e.court().judge(), e.caseId(), key, summons(e.respondentId(), 6, false)).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void shouldLetIntegratorRecordSummonsDecidedInTheFieldButNotFine() {
        Enforced e = Enforced.personRespondent();
        keyed(e.court().integrator(), e.caseId(), "op-entry-" + UUID.randomUUID(),
                fromField(summons(e.respondentId(), 8, false))).then()
                .statusCode(201)
                .body("type", equalTo("SUMMONS"))
                .body("status", equalTo("ORDERED"))
                .body("orderedBy", equalTo("system.integration"))
                .body("fieldDecision.decidedBy", equalTo("officer.zhao"))
                .body("fieldDecision.decidedAt", equalTo("2023-02-01T21:49:00Z"))
                // ordered on the day it was decided in the field: 05:49 on 2 February in Asia/Shanghai
                .body("orderedOn", equalTo("2023-02-02"))
                .body("respondentName", equalTo("秦某"));
        keyed(e.court().integrator(), e.caseId(), "op-entry-" + UUID.randomUUID(),
                fromField(fine(e.respondentId(), "5000.00"))).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/measure-type-not-allowed"));
        given().auth().oauth2(e.court().integrator()).contentType(ContentType.JSON)
                .body(fine(e.respondentId(), "5000.00")).header("Idempotency-Key", UUID.randomUUID().toString())
                .post(measures(e.caseId())).then()
                .statusCode(403);
    }

    @Test
    void shouldKeepDetentionFromTheFieldPendingApproval() {
        Enforced e = Enforced.personRespondent();
        keyed(e.court().integrator(), e.caseId(), "op-entry-" + UUID.randomUUID(),
                fromField(detention(e.respondentId(), 15))).then()
                .statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("fieldDecision.decidedBy", equalTo("officer.zhao"));
    }

    @Test
    void shouldRequireTheFieldDecisionFromIntegrators() {
        Enforced e = Enforced.personRespondent();
        keyed(e.court().integrator(), e.caseId(), "op-entry-" + UUID.randomUUID(),
                summons(e.respondentId(), 8, false)).then()
                .statusCode(400)
                .body("errors.field", hasItem("fieldDecision"));
        Map<String, Object> misplaced = fromField(fine(e.respondentId(), "5000.00"));
        given().auth().oauth2(e.court().judge()).contentType(ContentType.JSON).body(misplaced)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(measures(e.caseId())).then()
                .statusCode(400)
                .body("errors.field", hasItem("fieldDecision"));
    }

    @Test
    void shouldRecordHandOverAsExecutedWithItsLegalBasis() {
        Enforced e = Enforced.personRespondent();
        Map<String, Object> handover = new HashMap<>(Map.of("type", "HANDOVER",
                "property", "凉州区某村承包地12亩及地上设备", "reason", "见证人在场，强制开锁后责令当场交付"));
        given().auth().oauth2(e.court().judge()).contentType(ContentType.JSON).body(handover)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(measures(e.caseId())).then()
                .statusCode(201)
                .body("type", equalTo("HANDOVER"))
                .body("status", equalTo("EXECUTED"))
                .body("property", equalTo("凉州区某村承包地12亩及地上设备"))
                .body("legalBasis", equalTo(CPL_260_261))
                .body("resultAt", notNullValue());
        keyed(e.court().integrator(), e.caseId(), "op-entry-" + UUID.randomUUID(), fromField(handover)).then()
                .statusCode(201)
                .body("status", equalTo("EXECUTED"));
        given().auth().oauth2(e.court().judge()).contentType(ContentType.JSON)
                .body(Map.of("type", "HANDOVER")).header("Idempotency-Key", UUID.randomUUID().toString())
                .post(measures(e.caseId())).then()
                .statusCode(400)
                .body("errors.field", hasItem("property"));
        given().auth().oauth2(e.court().officer()).contentType(ContentType.JSON).body(handover)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(measures(e.caseId())).then()
                .statusCode(403);
    }

    @Test
    void shouldSignSettlementOnceForIntegratorWithKey() {
        Enforced e = Enforced.personRespondent();
        String key = "op-entry-" + UUID.randomUUID();
        Map<String, Object> plan = Map.of("signedOn", "2023-02-02", "total", 33300.00, "terms", "现场达成和解，分两期履行",
                "installments", List.of(Map.of("dueOn", "2023-03-20", "amount", 13325.00),
                        Map.of("dueOn", "2023-05-20", "amount", 19975.00)));
        String first = given().auth().oauth2(e.court().integrator()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan).post("/api/cases/" + e.caseId() + "/settlements").then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("PERFORMING"))
                .extract().path("id");
        given().auth().oauth2(e.court().integrator()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan).post("/api/cases/" + e.caseId() + "/settlements").then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first));
        given().auth().oauth2(e.court().judge()).get("/api/cases/" + e.caseId() + "/settlements").then()
                .statusCode(200)
                .body("", hasSize(1));
    }

    @Test
    void shouldRecordSearchDoneInTheFieldOnceWithItsResultWitnessesAndFieldTime() {
        Enforced e = Enforced.personRespondent();
        String key = "op-entry-" + UUID.randomUUID();
        Map<String, Object> search = fromField(Map.of("type", "SEARCH", "warrantNumber", "(2023)甘0602执456号搜查令",
                "supervisingProcuratorate", "武威市凉州区人民检察院", "property", "凉州区某镇某村三组18号",
                "witnesses", List.of(Map.of("name", "孔某某", "capacity", "PROCURATORATE_SUPERVISOR"),
                        Map.of("name", "何某", "capacity", "COMMUNITY_REPRESENTATIVE")),
                "fieldResult", Map.of("note", "搜查完毕，查见被执行人名下住宅一套")));
        String id = keyed(e.court().integrator(), e.caseId(), key, search).then()
                .statusCode(201)
                .body("type", equalTo("SEARCH"))
                .body("status", equalTo("EXECUTED"))
                .body("resultNote", equalTo("搜查完毕，查见被执行人名下住宅一套"))
                .body("resultAmount", nullValue())
                .body("witnesses.capacity", equalTo(List.of("PROCURATORATE_SUPERVISOR", "COMMUNITY_REPRESENTATIVE")))
                .body("fieldDecision.decidedAt", equalTo("2023-02-01T21:49:00Z"))
                .extract().path("id");
        // The delivery's retry is the same fact: still one measure in the case file.
        keyed(e.court().integrator(), e.caseId(), key, search).then().statusCode(201).body("id", equalTo(id));
        given().auth().oauth2(e.court().judge()).get(measures(e.caseId())).then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].status", equalTo("EXECUTED"))
                .body("[0].warrantNumber", equalTo("(2023)甘0602执456号搜查令"))
                .body("[0].fieldDecision.decidedBy", equalTo("officer.zhao"));
    }

    @Test
    void shouldRecordValuationDoneInTheFieldAsCompletedWithItsAmount() {
        Enforced e = Enforced.personRespondent();
        Map<String, Object> valuation = fromField(Map.of("type", "VALUATION", "property", "住宅一套",
                "fieldResult", Map.of("amount", 420000, "note", "现场询价")));
        keyed(e.court().integrator(), e.caseId(), "op-entry-" + UUID.randomUUID(), valuation).then()
                .statusCode(201)
                .body("type", equalTo("VALUATION"))
                .body("status", equalTo("COMPLETED"))
                .body("resultAmount", equalTo(420000.00f))
                .body("resultNote", equalTo("现场询价"))
                .body("fieldDecision.decidedAt", equalTo("2023-02-01T21:49:00Z"));
        given().auth().oauth2(e.court().integrator()).get("/events").then().statusCode(200)
                .body("items.find { it.type == 'MeasureOrdered' && it.payload.measureType == 'VALUATION' }"
                        + ".payload.resultAmount", equalTo(420000.00f));
    }

    @Test
    void shouldRefuseFieldValuationWithoutAmountAndFieldResultWithoutFieldDecision() {
        Enforced e = Enforced.personRespondent();
        keyed(e.court().integrator(), e.caseId(), "op-entry-" + UUID.randomUUID(),
                fromField(Map.of("type", "VALUATION", "property", "住宅一套"))).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("fieldResult.amount"));
        given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(e.court().judge()).contentType(ContentType.JSON)
                .body(Map.of("type", "VALUATION", "property", "住宅一套", "fieldResult", Map.of("amount", 1000)))
                .post(measures(e.caseId())).then()
                .statusCode(400)
                .body("errors.field", hasItem("fieldResult"));
        given().auth().oauth2(e.court().judge()).get(measures(e.caseId())).then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void shouldRefuseTheOldWitnessCapacitySpellingsListingTheAllowedOnes() {
        Enforced e = Enforced.personRespondent();
        for (String old : List.of("PROCURATORATE", "CPPCC_MEMBER", "COMMUNITY")) {
            given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(e.court().judge()).contentType(ContentType.JSON)
                    .body(Map.of("type", "SEARCH", "warrantNumber", "(2023)搜查令第2号",
                            "witnesses", List.of(Map.of("name", "李某某", "capacity", old))))
                    .post(measures(e.caseId())).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", endsWith("capacity"))
                    .body("errors[0].message", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("PROCURATORATE_SUPERVISOR"),
                            org.hamcrest.Matchers.containsString("POLITICAL_CONSULTATIVE_MEMBER"),
                            org.hamcrest.Matchers.containsString("COMMUNITY_REPRESENTATIVE")));
        }
        given().auth().oauth2(e.court().judge()).get(measures(e.caseId())).then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void shouldRequireIdempotencyKeyForMeasuresAndSettlements() {
        Enforced e = Enforced.personRespondent();
        given().auth().oauth2(e.court().judge()).contentType(ContentType.JSON)
                .body(summons(e.respondentId(), 8, false)).post(measures(e.caseId())).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-required"));
        given().auth().oauth2(e.court().integrator()).header("Idempotency-Key", " ").contentType(ContentType.JSON)
                .body(Map.of("signedOn", "2023-02-02", "total", 100.00, "terms", "现场达成和解",
                        "installments", List.of(Map.of("dueOn", "2023-03-20", "amount", 100.00))))
                .post("/api/cases/" + e.caseId() + "/settlements").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-required"));

        given().auth().oauth2(e.court().judge()).get(measures(e.caseId())).then()
                .statusCode(200).body("", hasSize(0));
        given().auth().oauth2(e.court().judge()).get("/api/cases/" + e.caseId() + "/settlements").then()
                .statusCode(200).body("", hasSize(0));
    }

    static Response keyed(String token, String caseId, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(measures(caseId));
    }

    static Map<String, Object> fromField(Map<String, Object> body) {
        Map<String, Object> withDecision = new HashMap<>(body);
        withDecision.put("fieldDecision", Map.of("decidedBy", "officer.zhao", "decidedAt", "2023-02-01T21:49:00Z",
                "reference", "operation timeline entry " + UUID.randomUUID()));
        return withDecision;
    }
}
