package org.enforcement.cases.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.measures.MeasureResourceTest.decide;
import static org.enforcement.cases.measures.MeasureResourceTest.detention;
import static org.enforcement.cases.measures.MeasureResourceTest.etagOf;
import static org.enforcement.cases.measures.MeasureResourceTest.measures;
import static org.enforcement.cases.measures.MeasureResourceTest.order;
import static org.enforcement.cases.measures.MeasureResourceTest.propertyReport;
import static org.enforcement.cases.measures.MeasureResourceTest.result;
import static org.enforcement.cases.support.CaseFixtures.payloads;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.cases.measures.MeasureResourceTest.Enforced;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** A measure is ordered, decided and carried out on its business days; day rules count from the order's day. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class MeasureDatesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static Map<String, Object> on(Map<String, Object> body, String field, String day) {
        Map<String, Object> dated = new HashMap<>(body);
        dated.put(field, day);
        return dated;
    }

    @Test
    void shouldOrderA2023PropertyReportWithIts2023Deadline() {
        Enforced e = Enforced.personRespondent(); // filed 2023-01-10
        Map<String, Object> report = on(propertyReport(e.respondentId(), LocalDate.of(2023, 2, 10)), "orderedOn",
                "2023-02-01");
        Response ordered = order(e.court().judge(), e.caseId(), report);
        ordered.then().statusCode(201)
                .body("orderedOn", equalTo("2023-02-01"))
                .body("deadline", equalTo("2023-02-10"));
        String id = ordered.path("id");
        given().auth().oauth2(e.court().observer()).get(measures(e.caseId()) + "/" + id).then()
                .statusCode(200).body("orderedOn", equalTo("2023-02-01"));
        assertThat(payloads(e.court(), e.caseId(), "MeasureOrdered")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("orderedOn", "2023-02-01"));

        // The respondent refused to report on 2023-02-11: the result carries that day.
        result(e.court().officer(), e.caseId(), id, ordered.header("ETag"),
                Map.of("refused", true, "resultOn", "2023-02-11")).then()
                .statusCode(200).body("status", equalTo("REFUSED")).body("resultOn", equalTo("2023-02-11"));
        assertThat(payloads(e.court(), e.caseId(), "PropertyReportRefused")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("resultOn", "2023-02-11"));
    }

    @Test
    void shouldRejectAnOrderDayInTheFutureBeforeFilingOrADeadlineBeforeIt() {
        Enforced e = Enforced.personRespondent();
        Map<String, Object> report = propertyReport(e.respondentId(), LocalDate.of(2023, 2, 10));
        order(e.court().judge(), e.caseId(), on(report, "orderedOn", TODAY.plusDays(1).toString())).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("orderedOn")).body("detail", containsString("future"));
        order(e.court().judge(), e.caseId(), on(report, "orderedOn", "2023-01-09")).then()
                .statusCode(400).body("errors.field", contains("orderedOn"))
                .body("detail", containsString("before the case was filed (2023-01-10)"));
        order(e.court().judge(), e.caseId(), on(report, "orderedOn", "2023-02-11")).then()
                .statusCode(400).body("errors.field", contains("deadline"))
                .body("detail", containsString("before the day of the order (2023-02-11"));
        given().auth().oauth2(e.court().judge()).get(measures(e.caseId())).then().body("", hasSize(0));
    }

    @Test
    void shouldOrderTodayByDefault() {
        Enforced e = Enforced.personRespondent();
        order(e.court().judge(), e.caseId(), Map.of("type", "SEIZURE", "property", "住房一套")).then()
                .statusCode(201).body("orderedOn", equalTo(TODAY.toString()));
    }

    @Test
    void shouldDecideOnTheDayGivenNotBeforeTheOrder() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court().judge(), e.caseId(),
                on(detention(e.respondentId(), 15), "orderedOn", "2023-02-01"));
        String id = ordered.then().statusCode(201).body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
        decideOn(e, id, "2023-01-31").then()
                .statusCode(400).body("errors.field", contains("decidedOn"))
                .body("detail", containsString("before the measure was ordered (2023-02-01)"));
        decideOn(e, id, TODAY.plusDays(1).toString()).then()
                .statusCode(400).body("errors.field", contains("decidedOn"));
        decideOn(e, id, "2023-02-01").then()
                .statusCode(200).body("status", equalTo("ORDERED")).body("decidedOn", equalTo("2023-02-01"));
        assertThat(payloads(e.court(), e.caseId(), "MeasureApproved")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("decidedOn", "2023-02-01"));
    }

    private static Response decideOn(Enforced e, String id, String decidedOn) {
        return given().auth().oauth2(e.court().director()).header("If-Match", etagOf(e.court().judge(), e.caseId(), id))
                .contentType("application/json")
                .body(Map.of("approve", true, "note", "同意", "decidedOn", decidedOn))
                .post(measures(e.caseId()) + "/" + id + "/decision");
    }

    @Test
    void shouldDateSearchValuationAndAuctionResults() {
        Enforced e = Enforced.personRespondent();
        // A search needs the director's approval first.
        Map<String, Object> search = new HashMap<>(Map.of("type", "SEARCH", "warrantNumber", "(2023)搜查令第1号",
                "witnesses", List.of(Map.of("name", "王某某", "capacity", "COMMUNITY_REPRESENTATIVE")), "orderedOn", "2023-02-01"));
        String searchId = order(e.court().judge(), e.caseId(), search).then().statusCode(201).extract().path("id");
        decide(e.court().director(), e.caseId(), searchId, etagOf(e.court().judge(), e.caseId(), searchId), true,
                "同意").then().statusCode(200);
        result(e.court().officer(), e.caseId(), searchId, etagOf(e.court().judge(), e.caseId(), searchId),
                Map.of("searchedOn", "2023-01-31")).then()
                .statusCode(400).body("errors.field", contains("searchedOn"))
                .body("detail", containsString("before the measure was ordered (2023-02-01)"));
        result(e.court().officer(), e.caseId(), searchId, etagOf(e.court().judge(), e.caseId(), searchId),
                Map.of("valuedOn", "2023-02-02")).then()
                .statusCode(400).body("errors.field", contains("valuedOn"));
        result(e.court().officer(), e.caseId(), searchId, etagOf(e.court().judge(), e.caseId(), searchId),
                Map.of("searchedOn", "2023-02-02", "note", "搜查未发现财产")).then()
                .statusCode(200).body("status", equalTo("EXECUTED")).body("resultOn", equalTo("2023-02-02"))
                .body("soldOn", nullValue());

        String valuation = order(e.court().judge(), e.caseId(), Map.of("type", "VALUATION", "property", "住房一套",
                "orderedOn", "2023-03-01")).then().statusCode(201).extract().path("id");
        result(e.court().officer(), e.caseId(), valuation, etagOf(e.court().judge(), e.caseId(), valuation),
                Map.of("amount", new BigDecimal("380000.00"), "valuedOn", "2023-04-10")).then()
                .statusCode(200).body("resultOn", equalTo("2023-04-10"));

        String auction = order(e.court().judge(), e.caseId(), Map.of("type", "AUCTION", "property", "住房一套",
                "orderedOn", "2023-05-01")).then().statusCode(201).extract().path("id");
        result(e.court().officer(), e.caseId(), auction, etagOf(e.court().judge(), e.caseId(), auction),
                Map.of("amount", new BigDecimal("30000.00"), "soldOn", "2023-04-30")).then()
                .statusCode(400).body("errors.field", contains("soldOn"));
        result(e.court().officer(), e.caseId(), auction, etagOf(e.court().judge(), e.caseId(), auction),
                Map.of("amount", new BigDecimal("30000.00"), "soldOn", "2023-06-18")).then()
                .statusCode(200).body("soldOn", equalTo("2023-06-18")).body("resultOn", equalTo("2023-06-18"));

        assertThat(payloads(e.court(), e.caseId(), "MeasureExecuted")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("resultOn", "2023-02-02"));
        assertThat(payloads(e.court(), e.caseId(), "ValuationRecorded")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("resultOn", "2023-04-10"));
        assertThat(payloads(e.court(), e.caseId(), "AuctionSold")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("resultOn", "2023-06-18")
                        .containsEntry("soldOn", "2023-06-18"));
    }
}
