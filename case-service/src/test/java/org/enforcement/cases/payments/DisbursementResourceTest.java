package org.enforcement.cases.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.payloads;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class DisbursementResourceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Test
    void shouldDisburseToApplicantAfterDirectorApproves() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);

        Response requested = request(court.clerk(), caseId, applicant, "15000.00", "发放给申请执行人张某某");
        requested.then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/cases/" + caseId + "/disbursements/[0-9a-f-]{36}"))
                .body("status", equalTo("REQUESTED"))
                .body("payeeId", equalTo(applicant))
                .body("caseId", equalTo(caseId))
                .body("requestedBy", equalTo("clerk.wang"))
                .body("decidedBy", nullValue());
        String id = requested.path("id");
        assertThat(exact(requested).getObject("amount", BigDecimal.class)).isEqualByComparingTo("15000.00");
        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("0.00");

        Response decided = decide(court.director(), caseId, id, true, "同意发放");
        decided.then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("director.liu"))
                .body("decidedAt", notNullValue())
                .body("decisionNote", equalTo("同意发放"));

        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("15000.00");
        assertThat(money(court, caseId, "paid")).isEqualByComparingTo("20000.00");
        assertThat(money(court, caseId, "outstanding")).isEqualByComparingTo("33300.00");
        given().auth().oauth2(court.observer()).get("/api/cases/" + caseId + "/disbursements").then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("APPROVED"));
        JsonPath events = exact(given().auth().oauth2(court.clerk()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().response());
        assertThat(events.getList("items.findAll { it.aggregateId == '" + id + "' }.type"))
                .containsExactly("DisbursementRequested", "DisbursementApproved");
    }

    /**
     * Issue 14: notes are free text the court writes for itself; observers and integrators read them scrubbed with
     * the case's own parties (张某某 → 张某, the respondent's address masked) and without phone numbers, while the
     * court's clerk and director read them in full. The same for the payment's reference.
     */
    @Test
    void shouldShowNotesAndReferencesScrubbedToObserversAndInFullToTheCourt() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        Map<String, Object> payment = new HashMap<>(onSite("20000.00"));
        payment.put("reference", "秦某某当场交付，联系电话138－1234－5678");
        pay(court.clerk(), caseId, key(), payment).then().statusCode(201);
        String note = "拍卖成交款发放申请执行人张某某，电话1 3 9 0 0 0 0 1 1 1 1";
        String id = request(court.clerk(), caseId, applicantOf(court, caseId), "15000.00", note).then()
                .statusCode(201).body("note", equalTo(note)).extract().path("id");
        decide(court.director(), caseId, id, true, "同意，款项寄往江苏省淮安市淮阴区王营镇某村12号").then().statusCode(200)
                .body("decisionNote", equalTo("同意，款项寄往江苏省淮安市淮阴区王营镇某村12号"));

        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get("/api/cases/" + caseId + "/disbursements").then().statusCode(200)
                    .body("[0].note", equalTo("拍卖成交款发放申请执行人张某，电话[电话号码已隐去]"))
                    .body("[0].decisionNote", equalTo("同意，款项寄往江苏省淮安市****"));
            given().auth().oauth2(reader).get("/api/cases/" + caseId + "/payments").then().statusCode(200)
                    .body("[0].reference", equalTo("秦某当场交付，联系电话[电话号码已隐去]"));
        }
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId + "/disbursements").then().statusCode(200)
                .body("[0].note", equalTo(note));
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId + "/payments").then().statusCode(200)
                .body("[0].reference", equalTo("秦某某当场交付，联系电话138－1234－5678"));
    }

    @Test
    void shouldRejectRequestExceedingWhatIsAvailable() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);

        Response tooMuch = request(court.clerk(), caseId, applicant, "20000.01", null);
        tooMuch.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/insufficient-funds"));
        assertThat(exact(tooMuch).getObject("available", BigDecimal.class)).isEqualByComparingTo("20000.00");

        // a pending request holds its money back
        request(court.clerk(), caseId, applicant, "15000.00", null).then().statusCode(201);
        Response overPending = request(court.clerk(), caseId, applicant, "5000.01", null);
        overPending.then()
                .statusCode(422)
                .body("type", equalTo("/problems/insufficient-funds"));
        assertThat(exact(overPending).getObject("available", BigDecimal.class)).isEqualByComparingTo("5000.00");
        request(court.clerk(), caseId, applicant, "5000.00", null).then().statusCode(201);

        disbursements(court, caseId).then().statusCode(200).body("$", hasSize(2))
                .body("status", equalTo(List.of("REQUESTED", "REQUESTED")));
        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldRejectRequestOnCaseWithoutMoney() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);

        request(court.clerk(), caseId, applicantOf(court, caseId), "0.01", null).then()
                .statusCode(422)
                .body("type", equalTo("/problems/insufficient-funds"));

        disbursements(court, caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldFreeTheMoneyOfARejectedRequest() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);
        String id = request(court.clerk(), caseId, applicant, "20000.00", null).then().statusCode(201)
                .extract().path("id");

        decide(court.director(), caseId, id, false, "收款账户信息有误").then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decisionNote", equalTo("收款账户信息有误"));

        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("0.00");
        request(court.clerk(), caseId, applicant, "20000.00", null).then().statusCode(201);
    }

    @Test
    void shouldForbidRequesterToDecideOwnRequest() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String id = request(court.clerk(), caseId, applicantOf(court, caseId), "10000.00", null).then()
                .statusCode(201).extract().path("id");

        decide(court.as("clerk.wang", "director"), caseId, id, true, "自己批准").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/maker-checker"));

        disbursements(court, caseId).then().statusCode(200)
                .body("[0].status", equalTo("REQUESTED"))
                .body("[0].decidedBy", nullValue());
        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldForbidRequesterToDecideUnderAnotherSpellingOfTheSameId() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String id = request(court.as("clerk.sb", "clerk"), caseId, applicantOf(court, caseId), "10000.00", null)
                .then().statusCode(201).extract().path("id");

        // Trailing space, upper case, full-width letters, ideographic space: all clerk.sb.
        for (String same : List.of("clerk.sb ", "CLERK.SB", "ｃｌｅｒｋ.sb", "\u3000Clerk.Sb")) {
            decide(court.as(same, "director"), caseId, id, true, null).then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/maker-checker"));
        }
        disbursements(court, caseId).then().statusCode(200)
                .body("[0].status", equalTo("REQUESTED"))
                .body("[0].decidedBy", nullValue());
        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("0.00");

        decide(court.as("clerk.sc", "director"), caseId, id, true, null).then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("requestedBy", equalTo("clerk.sb"))
                .body("decidedBy", equalTo("clerk.sc"));
    }

    @Test
    void shouldLetOnlyDirectorDecideAndOnlyClerkRequest() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);
        String id = request(court.clerk(), caseId, applicant, "10000.00", null).then().statusCode(201)
                .extract().path("id");

        for (String token : List.of(court.clerk(), court.judge(), court.officer(), court.observer())) {
            decide(token, caseId, id, true, null).then()
                    .statusCode(403)
                    .body("type", equalTo("/problems/forbidden"));
        }
        for (String token : List.of(court.director(), court.officer(), court.integrator())) {
            request(token, caseId, applicant, "1.00", null).then().statusCode(403);
        }

        disbursements(court, caseId).then().statusCode(200).body("$", hasSize(1))
                .body("[0].status", equalTo("REQUESTED"));
    }

    @Test
    void shouldRefuseDecidingTwice() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String id = request(court.clerk(), caseId, applicantOf(court, caseId), "10000.00", null).then()
                .statusCode(201).extract().path("id");
        decide(court.director(), caseId, id, true, null).then().statusCode(200);

        decide(court.director(), caseId, id, false, "改为驳回").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/disbursement-decided"));
        decide(court.as("director.wu", "director"), caseId, id, true, null).then()
                .statusCode(409)
                .body("type", equalTo("/problems/disbursement-decided"));

        disbursements(court, caseId).then().statusCode(200).body("[0].status", equalTo("APPROVED"));
        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("10000.00");
    }

    @Test
    void shouldRefusePayeeWhoIsNotAnApplicant() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String respondent = caseOf(court.clerk(), caseId).getString("respondents[0].id");

        request(court.clerk(), caseId, respondent, "100.00", null).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payee-not-applicant"));
        request(court.clerk(), caseId, UUID.randomUUID().toString(), "100.00", null).then()
                .statusCode(422)
                .body("type", equalTo("/problems/payee-not-applicant"));
        String otherCase = inEnforcement(court);
        request(court.clerk(), caseId, applicantOf(court, otherCase), "100.00", null).then()
                .statusCode(422)
                .body("type", equalTo("/problems/payee-not-applicant"));

        disbursements(court, caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldValidateDisbursementRequests() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);

        request(court.clerk(), caseId, applicant, "-1.00", null).then()
                .statusCode(400)
                .body("errors.field", hasItem("amount"));
        request(court.clerk(), caseId, applicant, "1.001", null).then()
                .statusCode(400)
                .body("errors.field", hasItem("amount"));
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body("{\"payeeId\": \"not-a-uuid\", \"amount\": 1}")
                .post("/api/cases/" + caseId + "/disbursements").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("payeeId"));
        String id = request(court.clerk(), caseId, applicant, "1.00", null).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("note", "无决定"))
                .post("/api/cases/" + caseId + "/disbursements/" + id + "/decision").then()
                .statusCode(400)
                .body("errors.field", hasItem("approve"));

        disbursements(court, caseId).then().statusCode(200).body("$", hasSize(1))
                .body("[0].status", equalTo("REQUESTED"));
    }

    @Test
    void shouldHideOtherCourtsDisbursements() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);
        String id = request(court.clerk(), caseId, applicant, "100.00", null).then().statusCode(201)
                .extract().path("id");
        Court other = Court.fresh();

        request(other.clerk(), caseId, applicant, "100.00", null).then()
                .statusCode(404)
                .body("type", equalTo("/problems/case-not-found"));
        decide(other.director(), caseId, id, true, null).then()
                .statusCode(404)
                .body("type", equalTo("/problems/case-not-found"));
        decide(court.director(), caseId, UUID.randomUUID().toString(), true, null).then()
                .statusCode(404)
                .body("type", equalTo("/problems/disbursement-not-found"));

        disbursements(court, caseId).then().statusCode(200).body("$", hasSize(1))
                .body("[0].status", equalTo("REQUESTED"));
    }

    @Test
    void shouldRefuseReversalOfMoneyAlreadyDisbursed() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, UUID.randomUUID().toString(), onSite("20000.00")).then()
                .statusCode(201).extract().path("id");
        String id = request(court.clerk(), caseId, applicantOf(court, caseId), "15000.00", null).then()
                .statusCode(201).extract().path("id");
        decide(court.director(), caseId, id, true, null).then().statusCode(200);

        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("reason", "录入错误"))
                .post("/api/cases/" + caseId + "/payments/" + paymentId + "/reversal").then()
                .statusCode(409)
                .body("type", equalTo("/problems/money-already-disbursed"));

        assertThat(money(court, caseId, "paid")).isEqualByComparingTo("20000.00");
        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("15000.00");
    }

    @Test
    void shouldRecordDisbursementsInAuditTrail() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String id = request(court.clerk(), caseId, applicantOf(court, caseId), "100.00", null).then()
                .statusCode(201).extract().path("id");
        decide(court.director(), caseId, id, true, null).then().statusCode(200);

        JsonPath audit = given().auth().oauth2(court.director()).queryParam("limit", 500).get("/api/audit").then()
                .statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.findAll { it.resourceId == '" + id + "' }.action"))
                .containsExactly("DISBURSEMENT_REQUESTED", "DISBURSEMENT_APPROVED");
        assertThat(audit.getList("items.findAll { it.resourceId == '" + id + "' }.actor"))
                .containsExactly("clerk.wang", "director.liu");
        assertThat(audit.getList("items.findAll { it.action == 'PAYMENT_RECORDED' }")).hasSize(1);
        given().auth().oauth2(court.director()).get("/api/audit/verification").then()
                .statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void shouldNeverPromiseMoreThanHeldWhenRequestsRace() throws Exception {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);
        String clerk = court.clerk();

        List<Response> responses = PaymentResourceTest.race(10,
                i -> request(clerk, caseId, applicant, "3000.00", "第" + i + "笔"));

        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 422);
        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(6);
        assertThat(responses.stream().filter(r -> r.statusCode() == 422).map(r -> r.<String>path("type")))
                .containsOnly("/problems/insufficient-funds");
        disbursements(court, caseId).then().statusCode(200).body("$", hasSize(6));
        request(clerk, caseId, applicant, "2000.01", null).then().statusCode(422);
        request(clerk, caseId, applicant, "2000.00", null).then().statusCode(201);
    }

    @Test
    void shouldDecideOnlyOnceWhenDecisionsRace() throws Exception {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String id = request(court.clerk(), caseId, applicantOf(court, caseId), "20000.00", null).then()
                .statusCode(201).extract().path("id");
        List<String> directors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            directors.add(court.as("director." + i, "director"));
        }

        List<Response> responses = PaymentResourceTest.race(10, i -> decide(directors.get(i), caseId, id, true, null));

        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 409);
        assertThat(responses.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
        disbursements(court, caseId).then().statusCode(200).body("[0].status", equalTo("APPROVED"));
        assertThat(money(court, caseId, "disbursed")).isEqualByComparingTo("20000.00");
    }

    // --- business days -----------------------------------------------------------------------------------------

    @Test
    void shouldRequestAndPayOutOnTheDaysGiven() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court); // filed 2023-01-10
        pay(court.clerk(), caseId, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE", "payer", "秦某某",
                "amount", new BigDecimal("20000.00"), "receivedOn", "2023-02-02")).then().statusCode(201);
        String applicant = applicantOf(court, caseId);
        Map<String, Object> body = new HashMap<>(Map.of("payeeId", applicant, "amount", new BigDecimal("20000.00"),
                "requestedOn", "2023-02-20"));
        String id = given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/disbursements").then()
                .statusCode(201).body("requestedOn", equalTo("2023-02-20")).body("paidOutOn", nullValue())
                .extract().path("id");

        decideOn(court, caseId, id, Map.of("approve", true, "paidOutOn", "2023-02-19")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("paidOutOn"))
                .body("detail", org.hamcrest.Matchers.containsString("before the disbursement was requested"));
        decideOn(court, caseId, id, Map.of("approve", true,
                "paidOutOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString()))
                .then().statusCode(400).body("errors.field", hasItem("paidOutOn"));
        decideOn(court, caseId, id, Map.of("approve", false, "paidOutOn", "2023-03-01")).then()
                .statusCode(400).body("errors.field", hasItem("paidOutOn"));
        disbursements(court, caseId).then().body("[0].status", equalTo("REQUESTED"));

        decideOn(court, caseId, id, Map.of("approve", true, "paidOutOn", "2023-03-01")).then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("paidOutOn", equalTo("2023-03-01"));
        disbursements(court, caseId).then().body("[0].paidOutOn", equalTo("2023-03-01"))
                .body("[0].requestedOn", equalTo("2023-02-20"));
        assertThat(payloads(court, caseId, "DisbursementRequested")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("requestedOn", "2023-02-20"));
        assertThat(payloads(court, caseId, "DisbursementApproved")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("paidOutOn", "2023-03-01"));
    }

    @Test
    void shouldRequestAndPayOutTodayByDefault() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "100.00");
        String id = request(court.clerk(), caseId, applicantOf(court, caseId), "100.00", null).then()
                .statusCode(201).extract().path("id");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        decide(court.director(), caseId, id, true, null).then().statusCode(200)
                .body("requestedOn", equalTo(today)).body("paidOutOn", equalTo(today));
    }

    private static Response decideOn(Court court, String caseId, String id, Map<String, Object> body) {
        return given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/disbursements/" + id + "/decision");
    }

    @Test
    void shouldRequireIdempotencyKeyForDisbursementAndReversal() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String paymentId = given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/payments")
                .then().statusCode(200).extract().path("[0].id");

        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON)
                .body(Map.of("payeeId", applicantOf(court, caseId), "amount", new BigDecimal("100.00")))
                .post("/api/cases/" + caseId + "/disbursements").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-required"));
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(Map.of("reason", "录入错误"))
                .post("/api/cases/" + caseId + "/payments/" + paymentId + "/reversal").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-required"));

        given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/disbursements").then()
                .statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/payments").then()
                .statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldRequestDisbursementOncePerKey() {
        Court court = Court.fresh();
        String caseId = paidCase(court, "20000.00");
        String applicant = applicantOf(court, caseId);
        String key = key();
        Response first = disburse(court, caseId, key, Map.of("payeeId", applicant, "amount", new BigDecimal("100.00")));
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());

        // the retry writes the amount differently: the same request
        disburse(court, caseId, key, Map.of("payeeId", applicant, "amount", new BigDecimal("100"))).then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("amount", equalTo(first.path("amount")));
        disburse(court, caseId, key, Map.of("payeeId", applicant, "amount", new BigDecimal("100.01"))).then()
                .statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));

        given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/disbursements").then()
                .statusCode(200).body("$", hasSize(1));
    }

    private static Response disburse(Court court, String caseId, String key, Map<String, Object> body) {
        return given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/cases/" + caseId + "/disbursements");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static String paidCase(Court court, String amount) {
        String caseId = inEnforcement(court);
        pay(court.clerk(), caseId, UUID.randomUUID().toString(), onSite(amount)).then().statusCode(201);
        return caseId;
    }

    private static Map<String, Object> onSite(String amount) {
        return Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", new BigDecimal(amount));
    }

    private static String applicantOf(Court court, String caseId) {
        return caseOf(court.clerk(), caseId).getString("applicants[0].id");
    }

    private static Response request(String token, String caseId, String payeeId, String amount, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("payeeId", payeeId);
        body.put("amount", new BigDecimal(amount));
        if (note != null) {
            body.put("note", note);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(body).post("/api/cases/" + caseId + "/disbursements");
    }

    private static Response decide(String token, String caseId, String id, boolean approve, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("approve", approve);
        if (note != null) {
            body.put("note", note);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/disbursements/" + id + "/decision");
    }

    private static Response disbursements(Court court, String caseId) {
        return given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/disbursements");
    }

    private static BigDecimal money(Court court, String caseId, String field) {
        return caseOf(court.clerk(), caseId).getObject(field, BigDecimal.class);
    }

    private static JsonPath caseOf(String token, String caseId) {
        return exact(given().auth().oauth2(token).get("/api/cases/" + caseId).then().statusCode(200).extract()
                .response());
    }

    private static JsonPath exact(Response response) {
        return new JsonPath(response.asString()).using(EXACT);
    }
}
