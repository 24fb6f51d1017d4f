package org.enforcement.cases.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.measures.MeasureResourceTest.decide;
import static org.enforcement.cases.measures.MeasureResourceTest.detention;
import static org.enforcement.cases.measures.MeasureResourceTest.etagOf;
import static org.enforcement.cases.measures.MeasureResourceTest.orderedId;
import static org.enforcement.cases.measures.MeasureResourceTest.respondentOf;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.payloads;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: personal data planted in the free text of a case (transition reasons, measure reasons and decision
 * notes, settlement terms) reaches observers and integrators scrubbed, with the case's own parties masked as the
 * party list masks them, while the owning court's judge reads every word.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PlantedPersonalDataTest {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

    /** The free text typed on the case itself: cause, basis document and the non-monetary obligation. */
    @Test
    void shouldScrubTheCasesOwnTextForObserversIntegratorsAndTheFeed() {
        Court court = Court.fresh();
        Map<String, Object> body = new java.util.HashMap<>(zhangVQin());
        body.put("cause", "借款合同纠纷（秦某某 13812345678）");
        body.put("basisDocument", "(2022)苏0804民初567号民事判决书，送达秦某某江苏省淮安市淮阴区王营镇某村12号");
        body.put("nonMonetaryObligation", "被执行人秦某某腾退江苏省淮安市淮阴区王营镇某村12号房屋，联系 qin@example.com");
        String caseId = registered(court, body);

        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get("/api/cases/" + caseId).then().statusCode(200)
                    .body("cause", equalTo("借款合同纠纷（秦某 [电话号码已隐去]）"))
                    .body("basisDocument", equalTo("(2022)苏0804民初567号民事判决书，送达秦某江苏省淮安市****"))
                    .body("nonMonetaryObligation", equalTo("被执行人秦某腾退江苏省淮安市****房屋，联系 [邮箱已隐去]"));
        }
        assertThat(payloads(court, caseId, "CaseFiled")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("cause", "借款合同纠纷（秦某 [电话号码已隐去]）"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId).then().statusCode(200)
                .body("cause", equalTo("借款合同纠纷（秦某某 13812345678）"))
                .body("nonMonetaryObligation", equalTo(body.get("nonMonetaryObligation")));
    }

    @Test
    void shouldScrubEveryFreeTextOfTheCaseForObserversAndIntegrators() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        transition(court.judge(), caseId, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED_THIS_ROUND",
                "reason", "秦某某名下无财产，身份证320804 19880101 1234")).then().statusCode(200);
        transition(court.director(), caseId, Map.of("action", "RESUME", "reason", "申请执行人张某某提供新线索"))
                .then().statusCode(200);
        Map<String, Object> detention = detention(respondentOf(court, caseId), 5);
        detention.put("reason", "秦某某拒不到场，电话138 1234 5678");
        String measureId = orderedId(court.judge(), caseId, detention);
        decide(court.director(), caseId, measureId, etagOf(court.judge(), caseId, measureId), true,
                "同意拘留，地址江苏省淮安市淮阴区王营镇某村12号").then().statusCode(200);
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("signedOn", "2023-01-15", "total", 53300.00,
                        "terms", "被执行人秦某某一次性履行，款汇入6222 0202 0011 2233",
                        "installments", List.of(Map.of("dueOn", NEXT_YEAR + "-01-20", "amount", 53300.00))))
                .post("/api/cases/" + caseId + "/settlements").then().log().ifValidationFails().statusCode(201);
        String agreement = given().auth().oauth2(court.judge()).get("/api/cases/" + caseId + "/settlements").then()
                .statusCode(200).extract().path("[0].id");
        String etag = given().auth().oauth2(court.judge()).get("/api/cases/" + caseId + "/settlements/" + agreement)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(court.judge()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("reason", "秦某某拒不履行，其子秦小某电话13912345678",
                        "breachedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .post("/api/cases/" + caseId + "/settlements/" + agreement + "/breach").then().statusCode(200);
        // The event feed is read by other systems: its free text is scrubbed for everyone.
        assertThat(payloads(court, caseId, "SettlementBreached")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("reason", "秦某拒不履行，其子秦小某电话[电话号码已隐去]"));

        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get("/api/cases/" + caseId + "/transitions").then().statusCode(200)
                    .body("reason", hasItem("秦某名下无财产，身份证[身份证号已隐去]"))
                    .body("reason", hasItem("申请执行人张某提供新线索"));
            given().auth().oauth2(reader).get("/api/cases/" + caseId + "/measures/" + measureId).then()
                    .statusCode(200)
                    .body("reason", equalTo("秦某拒不到场，电话[电话号码已隐去]"))
                    .body("decisionNote", equalTo("同意拘留，地址江苏省淮安市****"));
            given().auth().oauth2(reader).get("/api/cases/" + caseId + "/settlements").then().statusCode(200)
                    .body("[0].terms", equalTo("被执行人秦某一次性履行，款汇入[号码已隐去]"));
        }
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId + "/transitions").then().statusCode(200)
                .body("reason", hasItem("秦某某名下无财产，身份证320804 19880101 1234"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId + "/measures/" + measureId).then()
                .statusCode(200).body("reason", equalTo("秦某某拒不到场，电话138 1234 5678"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId + "/settlements").then().statusCode(200)
                .body("[0].terms", equalTo("被执行人秦某某一次性履行，款汇入6222 0202 0011 2233"));
    }
}
