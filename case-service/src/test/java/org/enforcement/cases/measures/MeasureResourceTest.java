package org.enforcement.cases.measures;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class MeasureResourceTest {

    private static final String CPL_118 = "《中华人民共和国民事诉讼法》第一百一十八条";
    private static final String INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十二条";
    private static final String LISTING_RULES = "《最高人民法院关于公布失信被执行人名单信息的若干规定》第二条";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    // --- legal limits ---------------------------------------------------------------------------------------------

    @Test
    void shouldOrderSummonsOfEightHours() {
        Enforced e = Enforced.personRespondent();
        order(e.court.judge(), e.caseId, summons(e.respondentId, 8, false)).then()
                .statusCode(201)
                .header("Location", containsString("/api/cases/" + e.caseId + "/measures/"))
                .header("ETag", notNullValue())
                .body("type", equalTo("SUMMONS"))
                .body("status", equalTo("ORDERED"))
                .body("durationHours", equalTo(8))
                .body("respondentName", equalTo("秦某某"))
                .body("orderedBy", equalTo("judge.chen"))
                .body("legalBasis", equalTo(INTERPRETATION));
    }

    @Test
    void shouldRejectSummonsOfNineHoursUnlessComplex() {
        Enforced e = Enforced.personRespondent();
        assertLegalLimit(order(e.court.judge(), e.caseId, summons(e.respondentId, 9, false)), INTERPRETATION);
        order(e.court.judge(), e.caseId, summons(e.respondentId, 9, true)).then()
                .statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL"));
    }

    @Test
    void shouldNeedApprovalForComplexSummonsOfTwentyFourHoursAndRejectTwentyFive() {
        Enforced e = Enforced.personRespondent();
        order(e.court.judge(), e.caseId, summons(e.respondentId, 24, true)).then()
                .statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("complex", equalTo(true));
        assertLegalLimit(order(e.court.judge(), e.caseId, summons(e.respondentId, 25, true)), INTERPRETATION);
    }

    @Test
    void shouldBoundDetentionByFifteenDays() {
        Enforced e = Enforced.personRespondent();
        order(e.court.judge(), e.caseId, detention(e.respondentId, 15)).then()
                .statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("detentionDays", equalTo(15));
        assertLegalLimit(order(e.court.judge(), e.caseId, detention(e.respondentId, 16)), CPL_118);
        assertLegalLimit(order(e.court.judge(), e.caseId, detention(e.respondentId, 0)), CPL_118);
    }

    @Test
    void shouldKeepFineOnPersonUpToAndIncludingOneHundredThousand() {
        Enforced e = Enforced.personRespondent();
        order(e.court.judge(), e.caseId, fine(e.respondentId, "100000.00")).then()
                .statusCode(201)
                .body("status", equalTo("ORDERED"))
                .body("amount", equalTo(new BigDecimal("100000.00")));
        assertLegalLimit(order(e.court.judge(), e.caseId, fine(e.respondentId, "100000.01")), CPL_118);
        given().auth().oauth2(e.court.judge()).get(measures(e.caseId)).then()
                .body("findAll { it.type == 'FINE' }.amount", hasSize(1));
    }

    @Test
    void shouldKeepFineOnOrganizationBetweenFiftyThousandAndOneMillion() {
        Enforced e = Enforced.organizationRespondent();
        assertLegalLimit(order(e.court.judge(), e.caseId, fine(e.respondentId, "49999.99")), CPL_118);
        order(e.court.judge(), e.caseId, fine(e.respondentId, "50000.00")).then()
                .statusCode(201)
                .body("amount", equalTo(new BigDecimal("50000.00")));
        order(e.court.judge(), e.caseId, fine(e.respondentId, "1000000.00")).then()
                .statusCode(201)
                .body("amount", equalTo(new BigDecimal("1000000.00")));
        assertLegalLimit(order(e.court.judge(), e.caseId, fine(e.respondentId, "1000000.01")), CPL_118);
    }

    @Test
    void shouldLimitDishonestListingToFiveYears() {
        Enforced e = Enforced.personRespondent();
        LocalDate start = LocalDate.of(2023, 2, 2);
        order(e.court.judge(), e.caseId, listing(e.respondentId, start, start.plusYears(5))).then()
                .statusCode(201)
                .body("status", equalTo("ORDERED"))
                .body("endsOn", equalTo("2028-02-02"));
        assertLegalLimit(order(e.court.judge(), e.caseId, listing(e.respondentId, start, start.plusYears(5).plusDays(1))),
                LISTING_RULES);
    }

    // --- request shape ----------------------------------------------------------------------------------------------

    @Test
    void shouldReturn400ForFineWithThreeDecimals() {
        Enforced e = Enforced.personRespondent();
        Map<String, Object> body = fine(e.respondentId, "1000.00");
        body.put("amount", new BigDecimal("1000.125"));
        order(e.court.judge(), e.caseId, body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("amount"))
                .body("errors.message", hasItem("must have at most 14 digits before and 2 after the decimal point"));
    }

    @Test
    void shouldListMissingTypeSpecificFields() {
        Enforced e = Enforced.personRespondent();
        order(e.court.judge(), e.caseId, Map.of("type", "DETENTION")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItems("respondentId", "detentionDays"));
        order(e.court.judge(), e.caseId, Map.of("type", "SEARCH", "warrantNumber", "搜查令1号", "witnesses", List.of()))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("witnesses"));
        order(e.court.judge(), e.caseId, Map.of("type", "FINE", "respondentId", e.respondentId, "amount", 100,
                "detentionDays", 3)).then()
                .statusCode(400)
                .body("errors.field", hasItem("detentionDays"));
    }

    @Test
    void shouldNameEveryMemberThatDoesNotApplyBesideTheMissingOnes() {
        Enforced e = Enforced.personRespondent();
        Map<String, Object> body = new HashMap<>(Map.of("type", "FINE", "respondentId", e.respondentId,
                "detentionDays", 3, "warrantNumber", "搜查令1号", "deadline", "2023-02-10"));
        // Saying nothing is not misplaced: false, blank text and an empty list fit any type.
        body.putAll(Map.of("complex", false, "property", " ", "witnesses", List.of()));
        order(e.court.judge(), e.caseId, body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("amount", "deadline", "detentionDays", "warrantNumber")))
                .body("errors.message", equalTo(List.of("is required for a FINE", "does not apply to a FINE",
                        "does not apply to a FINE", "does not apply to a FINE")));
    }

    @Test
    void shouldAnswer400ForAMissingOrUnknownTypeAndAnUnknownMember() {
        Enforced e = Enforced.personRespondent();
        order(e.court.judge(), e.caseId, Map.of("respondentId", e.respondentId, "durationHours", 8)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("type")))
                .body("errors.message", equalTo(List.of("must not be null")));
        order(e.court.judge(), e.caseId, Map.of("type", "ARREST", "respondentId", e.respondentId)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("type")))
                .body("errors.message", hasItem(startsWith("must be one of")));
        order(e.court.judge(), e.caseId, Map.of("type", "FINE", "respondentId", e.respondentId, "amount", 100,
                "cost", 5)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("cost")))
                .body("errors.message", equalTo(List.of("is not a known field")));
        order(e.court.judge(), e.caseId, Map.of("type", "SEARCH", "warrantNumber", "搜查令1号",
                "witnesses", List.of(Map.of("name", "李某某", "capacity", "PEOPLES_CONGRESS_DEPUTY")), "amount", "x")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("amount")));
    }

    @Test
    void shouldRejectPropertyReportDeadlineBeforeToday() {
        Enforced e = Enforced.personRespondent();
        order(e.court.judge(), e.caseId, propertyReport(e.respondentId, TODAY.minusDays(1))).then()
                .statusCode(400)
                .body("errors.field", hasItem("deadline"));
    }

    @Test
    void shouldRequireARespondentOfTheCase() {
        Enforced e = Enforced.personRespondent();
        String applicantId = given().auth().oauth2(e.court.judge()).get("/api/cases/" + e.caseId).then()
                .statusCode(200).extract().path("applicants[0].id");
        order(e.court.judge(), e.caseId, summons(applicantId, 8, false)).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/respondent-not-in-case"));
    }

    // --- roles, courts, case state ------------------------------------------------------------------------------------

    @Test
    void shouldForbidClerkToOrder() {
        Enforced e = Enforced.personRespondent();
        order(e.court.clerk(), e.caseId, summons(e.respondentId, 8, false)).then()
                .statusCode(403)
                .contentType("application/problem+json");
        order(e.court.officer(), e.caseId, summons(e.respondentId, 8, false)).then().statusCode(403);
    }

    @Test
    void shouldHideMeasuresOfOtherCourts() {
        Enforced e = Enforced.personRespondent();
        String measureId = orderedId(e.court.judge(), e.caseId, summons(e.respondentId, 8, false));
        Court other = Court.fresh();
        order(other.judge(), e.caseId, summons(e.respondentId, 8, false)).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/case-not-found"));
        given().auth().oauth2(other.judge()).get(measures(e.caseId)).then().statusCode(404);
        given().auth().oauth2(other.judge()).get(measures(e.caseId) + "/" + measureId).then().statusCode(404);
        given().auth().oauth2(other.director()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("approve", true)).post(measures(e.caseId) + "/" + measureId + "/decision").then()
                .statusCode(404);
    }

    @Test
    void shouldNotOrderMeasuresOnFiledCase() {
        Court court = Court.fresh();
        String caseId = registered(court, zhangVQin());
        String respondentId = respondentOf(court, caseId);
        order(court.judge(), caseId, summons(respondentId, 8, false)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/case-not-in-enforcement"));
    }

    @Test
    void shouldNotOrderMeasuresOnConcludedCase() {
        Enforced e = Enforced.personRespondent();
        // Committed even where the transition's response fails on this branch (see startEnforcement).
        transition(e.court.judge(), e.caseId, Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED_THIS_ROUND",
                "reason", "经网络查控未发现可供执行的财产"));
        order(e.court.judge(), e.caseId, summons(e.respondentId, 8, false)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/case-not-in-enforcement"))
                .body("caseStatus", equalTo("CONCLUDED"));
    }

    @Test
    void shouldListAndGetMeasuresForEveryRoleWithMaskingForObservers() {
        Enforced e = Enforced.personRespondent();
        String measureId = orderedId(e.court.judge(), e.caseId, fine(e.respondentId, "5000.00"));
        for (String token : List.of(e.court.clerk(), e.court.judge(), e.court.director(), e.court.officer(),
                e.court.observer(), e.court.integrator())) {
            given().auth().oauth2(token).get(measures(e.caseId)).then()
                    .statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].id", equalTo(measureId));
        }
        given().auth().oauth2(e.court.observer()).get(measures(e.caseId) + "/" + measureId).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("respondentName", equalTo("秦某"));
    }

    // --- approval ---------------------------------------------------------------------------------------------------

    @Test
    void shouldPutDetentionInForceWhenAnotherDirectorApproves() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, detention(e.respondentId, 15));
        String id = ordered.then().statusCode(201).extract().path("id");
        String etag = ordered.header("ETag");

        decide(e.court.director(), e.caseId, id, etag, true, "同意拘留十五日").then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("status", equalTo("ORDERED"))
                .body("decidedBy", equalTo("director.liu"))
                .body("decisionNote", equalTo("同意拘留十五日"));
        decide(e.court.as("director.wu", "director"), e.caseId, id, etagOf(e.court.judge(), e.caseId, id), true, null)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/measure-not-pending"));

        given().auth().oauth2(e.court.judge()).get("/events?limit=500").then()
                .statusCode(200)
                .body("items.findAll { it.aggregateId == '" + id + "' }.type",
                        equalTo(List.of("MeasureOrdered", "MeasureApproved")))
                .body("items.find { it.type == 'MeasureApproved' }.payload.detentionDays", equalTo(15))
                .body("items.find { it.type == 'MeasureApproved' }.payload.campaignCode", equalTo("淮执·9号"))
                .body("items.find { it.type == 'MeasureApproved' }.payload.caseNumber", notNullValue())
                .body("items.find { it.type == 'MeasureOrdered' }.payload.respondentName", nullValue());
        given().auth().oauth2(e.court.director()).get("/api/audit?limit=500").then()
                .statusCode(200)
                .body("items.findAll { it.resourceId == '" + id + "' }.action",
                        equalTo(List.of("MEASURE_ORDERED", "MEASURE_APPROVED")));
    }

    @Test
    void shouldRejectPendingSearch() {
        Enforced e = Enforced.personRespondent();
        Map<String, Object> search = new HashMap<>(Map.of("type", "SEARCH", "warrantNumber", "(2023)搜查令第1号",
                "supervisingProcuratorate", "武威市凉州区人民检察院",
                "witnesses", List.of(Map.of("name", "李某某", "capacity", "PROCURATORATE_SUPERVISOR"),
                        Map.of("name", "王某某", "capacity", "PEOPLES_CONGRESS_DEPUTY"))));
        Response ordered = order(e.court.judge(), e.caseId, search);
        String id = ordered.then().statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("witnesses.capacity", equalTo(List.of("PROCURATORATE_SUPERVISOR", "PEOPLES_CONGRESS_DEPUTY")))
                .extract().path("id");
        decide(e.court.director(), e.caseId, id, ordered.header("ETag"), false, "证据不足").then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void shouldForbidDirectorToApproveOwnOrder() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.director(), e.caseId, detention(e.respondentId, 10));
        String id = ordered.then().statusCode(201).extract().path("id");
        decide(e.court.director(), e.caseId, id, ordered.header("ETag"), true, null).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/maker-checker"));
    }

    @Test
    void shouldForbidDirectorToApproveOwnOrderUnderAnotherSpellingOfTheSameId() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.as("director.sb", "director"), e.caseId, detention(e.respondentId, 10));
        String id = ordered.then().statusCode(201).extract().path("id");

        // Trailing space, upper case, full-width letters, ideographic space: all director.sb.
        for (String same : List.of("director.sb ", "DIRECTOR.SB", "ｄｉｒｅｃｔｏｒ.sb", "\u3000Director.Sb")) {
            decide(e.court.as(same, "director"), e.caseId, id, ordered.header("ETag"), true, null).then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/maker-checker"));
        }
        decide(e.court.as("director.sc", "director"), e.caseId, id, ordered.header("ETag"), true, null).then()
                .statusCode(200)
                .body("status", equalTo("ORDERED"))
                .body("orderedBy", equalTo("director.sb"))
                .body("decidedBy", equalTo("director.sc"));
    }

    @Test
    void shouldLetOnlyDirectorsDecide() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, detention(e.respondentId, 5));
        String id = ordered.then().statusCode(201).extract().path("id");
        decide(e.court.as("judge.li", "judge"), e.caseId, id, ordered.header("ETag"), true, null).then()
                .statusCode(403);
    }

    @Test
    void shouldRequireCurrentIfMatchToDecide() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, detention(e.respondentId, 5));
        String id = ordered.then().statusCode(201).extract().path("id");
        given().auth().oauth2(e.court.director()).contentType(ContentType.JSON).body(Map.of("approve", true))
                .post(measures(e.caseId) + "/" + id + "/decision").then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/if-match-required"));
        decide(e.court.director(), e.caseId, id, "\"7\"", true, null).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
    }

    // --- results ----------------------------------------------------------------------------------------------------

    @Test
    void shouldRecordRefusalToReportProperty() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, propertyReport(e.respondentId, TODAY));
        String id = ordered.then().statusCode(201).body("status", equalTo("ORDERED")).extract().path("id");
        result(e.court.officer(), e.caseId, id, ordered.header("ETag"), Map.of("refused", true, "note", "逾期未报告"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("resultNote", equalTo("逾期未报告"));
        result(e.court.officer(), e.caseId, id, etagOf(e.court.officer(), e.caseId, id), Map.of("refused", false))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/measure-not-in-force"));
        given().auth().oauth2(e.court.judge()).get("/events?limit=500").then()
                .body("items.findAll { it.aggregateId == '" + id + "' }.type",
                        equalTo(List.of("MeasureOrdered", "PropertyReportRefused")));
    }

    @Test
    void shouldRecordExecutedSummonsAndRequireIfMatch() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, summons(e.respondentId, 8, false));
        String id = ordered.then().statusCode(201).extract().path("id");
        given().auth().oauth2(e.court.officer()).contentType(ContentType.JSON).body(Map.of("note", "已拘传到院"))
                .post(measures(e.caseId) + "/" + id + "/result").then()
                .statusCode(428);
        result(e.court.officer(), e.caseId, id, "\"3\"", Map.of("note", "已拘传到院")).then()
                .statusCode(412);
        result(e.court.clerk(), e.caseId, id, ordered.header("ETag"), Map.of("note", "已拘传到院")).then()
                .statusCode(403);
        result(e.court.officer(), e.caseId, id, ordered.header("ETag"), Map.of("note", "05:49于家中拘传到院")).then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("resultAt", notNullValue());
    }

    @Test
    void shouldNotRecordResultOfPendingMeasure() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, detention(e.respondentId, 3));
        String id = ordered.then().statusCode(201).extract().path("id");
        result(e.court.officer(), e.caseId, id, ordered.header("ETag"), Map.of("note", "已拘留")).then()
                .statusCode(409)
                .body("type", equalTo("/problems/measure-not-in-force"));
    }

    @Test
    void shouldRecordValuation() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, Map.of("type", "VALUATION", "property", "住房一套"));
        String id = ordered.then().statusCode(201).extract().path("id");
        result(e.court.judge(), e.caseId, id, ordered.header("ETag"), Map.of()).then()
                .statusCode(400)
                .body("errors.field", hasItem("amount"));
        result(e.court.judge(), e.caseId, id, ordered.header("ETag"), Map.of("amount", new BigDecimal("380000.00")))
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("resultAmount", equalTo(new BigDecimal("380000.00")));
    }

    @Test
    void shouldTurnAuctionProceedsIntoPayment() {
        Enforced e = Enforced.personRespondent();
        Response ordered = order(e.court.judge(), e.caseId, Map.of("type", "AUCTION",
                "property", "被执行人名下车辆一辆", "amount", new BigDecimal("25000.00"),
                "orderedOn", TODAY.minusDays(30).toString()));
        String id = ordered.then().statusCode(201).body("status", equalTo("ORDERED")).extract().path("id");
        LocalDate soldOn = TODAY.minusDays(1);
        String paymentId = result(e.court.officer(), e.caseId, id, ordered.header("ETag"),
                Map.of("amount", new BigDecimal("30000.00"), "soldOn", soldOn.toString())).then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("resultAmount", equalTo(new BigDecimal("30000.00")))
                .body("soldOn", equalTo(soldOn.toString()))
                .body("paymentId", notNullValue())
                .extract().path("paymentId");

        given().auth().oauth2(e.court.clerk()).get("/api/cases/" + e.caseId + "/payments").then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(paymentId))
                .body("[0].channel", equalTo("AUCTION"))
                .body("[0].receivedOn", equalTo(soldOn.toString()));
        json(given().auth().oauth2(e.court.clerk())).get("/api/cases/" + e.caseId).then()
                .statusCode(200)
                .body("paid", equalTo(new BigDecimal("30000.00")))
                .body("outstanding", equalTo(new BigDecimal("23300.00")));
        given().auth().oauth2(e.court.judge()).get("/events?limit=500").then()
                .body("items.find { it.type == 'AuctionSold' }.payload.paymentId", equalTo(paymentId))
                .body("items.find { it.type == 'AuctionSold' }.payload.measureType", equalTo("AUCTION"));
    }

    @Test
    void shouldRejectAuctionSoldBeforeFilingOrInTheFuture() {
        Enforced e = Enforced.personRespondent(); // filed 2023-01-10
        Response ordered = order(e.court.judge(), e.caseId, Map.of("type", "AUCTION",
                "property", "被执行人名下车辆一辆", "amount", new BigDecimal("25000.00")));
        String id = ordered.then().statusCode(201).extract().path("id");
        Map<String, String> rejected = Map.of(
                "2023-01-09", "must not be before the case was filed (2023-01-10)",
                TODAY.plusDays(1).toString(), "must not be in the future");
        rejected.forEach((soldOn, message) -> result(e.court.officer(), e.caseId, id, ordered.header("ETag"),
                Map.of("amount", new BigDecimal("30000.00"), "soldOn", soldOn)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("soldOn"))
                .body("errors[0].message", equalTo(message)));

        given().auth().oauth2(e.court.judge()).get(measures(e.caseId) + "/" + id).then()
                .statusCode(200)
                .body("status", equalTo("ORDERED"))
                .body("soldOn", nullValue())
                .body("resultAmount", nullValue());
        given().auth().oauth2(e.court.clerk()).get("/api/cases/" + e.caseId + "/payments").then()
                .statusCode(200)
                .body("", hasSize(0));
        given().auth().oauth2(e.court.judge()).get("/events?limit=500").then()
                .body("items.findAll { it.type == 'AuctionSold' || it.type == 'PaymentRecorded' }", hasSize(0));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** A case in enforcement with its first respondent. */
    record Enforced(Court court, String caseId, String respondentId) {
        static Enforced personRespondent() {
            Court court = Court.fresh();
            String caseId = startEnforcement(court, registered(court, zhangVQin()));
            return new Enforced(court, caseId, respondentOf(court, caseId));
        }

        /** Zhang v a company (单位): fines on organisations have other limits. */
        static Enforced organizationRespondent() {
            Court court = Court.fresh();
            Map<String, Object> body = new HashMap<>(zhangVQin());
            body.put("respondents", List.of(Map.of("kind", "ORGANIZATION", "name", "淮安某某建材有限公司",
                    "idNumber", "91320804MA1XXXXX0X")));
            String caseId = startEnforcement(court, registered(court, body));
            return new Enforced(court, caseId, respondentOf(court, caseId));
        }
    }

    /**
     * What {@code CaseFixtures.inEnforcement} does, checked through GET instead of the transition's status code:
     * on this branch the transition commits but its response fails (500, LazyInitializationException of
     * Case.parties mapped after the transaction); commit e5448f4 on main maps responses inside the transaction.
     * Once that fix is here, this can become {@code CaseFixtures.inEnforcement(court)} again.
     */
    static String startEnforcement(Court court, String caseId) {
        transition(court.judge(), caseId, Map.of("action", "START_ENFORCEMENT"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId).then()
                .statusCode(200)
                .body("status", equalTo("IN_ENFORCEMENT"));
        return caseId;
    }

    static String respondentOf(Court court, String caseId) {
        return given().auth().oauth2(court.judge()).get("/api/cases/" + caseId).then().statusCode(200).extract()
                .path("respondents[0].id");
    }

    static String measures(String caseId) {
        return "/api/cases/" + caseId + "/measures";
    }

    /** Requests whose JSON numbers are read back as BigDecimal, so amounts compare exactly. */
    static RequestSpecification json(RequestSpecification spec) {
        return spec.config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static Response order(String token, String caseId, Map<String, Object> body) {
        return json(given().auth().oauth2(token)).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post(measures(caseId));
    }

    static String orderedId(String token, String caseId, Map<String, Object> body) {
        return order(token, caseId, body).then().statusCode(201).extract().path("id");
    }

    static String etagOf(String token, String caseId, String measureId) {
        return given().auth().oauth2(token).get(measures(caseId) + "/" + measureId).then().statusCode(200).extract()
                .header("ETag");
    }

    static Response decide(String token, String caseId, String measureId, String ifMatch, boolean approve,
                           String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("approve", approve);
        if (note != null) {
            body.put("note", note);
        }
        return given().auth().oauth2(token).header("If-Match", ifMatch).contentType(ContentType.JSON).body(body)
                .post(measures(caseId) + "/" + measureId + "/decision");
    }

    static Response result(String token, String caseId, String measureId, String ifMatch, Map<String, Object> body) {
        return json(given().auth().oauth2(token)).header("If-Match", ifMatch).contentType(ContentType.JSON).body(body)
                .post(measures(caseId) + "/" + measureId + "/result");
    }

    static void assertLegalLimit(Response response, String legalBasis) {
        response.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", startsWith("/problems/"))
                .body("title", notNullValue())
                .body("status", equalTo(422))
                .body("detail", containsString(legalBasis))
                .body("legalBasis", equalTo(legalBasis));
    }

    static Map<String, Object> summons(String respondentId, int hours, boolean complex) {
        return new HashMap<>(Map.of("type", "SUMMONS", "respondentId", respondentId, "durationHours", hours,
                "complex", complex, "reason", "经传唤无正当理由拒不到场"));
    }

    static Map<String, Object> detention(String respondentId, int days) {
        return new HashMap<>(Map.of("type", "DETENTION", "respondentId", respondentId, "detentionDays", days,
                "reason", "拒不履行生效法律文书"));
    }

    static Map<String, Object> fine(String respondentId, String amount) {
        return new HashMap<>(Map.of("type", "FINE", "respondentId", respondentId, "amount", new BigDecimal(amount)));
    }

    static Map<String, Object> listing(String respondentId, LocalDate startsOn, LocalDate endsOn) {
        return new HashMap<>(Map.of("type", "DISHONEST_LISTING", "respondentId", respondentId,
                "reason", "有履行能力而拒不履行", "startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
    }

    static Map<String, Object> propertyReport(String respondentId, LocalDate deadline) {
        return new HashMap<>(Map.of("type", "PROPERTY_REPORT_ORDER", "respondentId", respondentId,
                "deadline", deadline.toString()));
    }
}
