package org.enforcement.cases.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.payments.PaymentResourceTest.exact;
import static org.enforcement.cases.payments.PaymentResourceTest.race;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.LedgerSums;
import org.enforcement.cases.support.LedgerSums.Totals;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The money totals kept on the case row (paid, disbursed, pending) equal the sums over the ledger to the fen after
 * every kind of booking: payments, reversals, disbursements requested, approved and rejected, installments paid under
 * a settlement, auction proceeds, and many bookings at once from real threads. And the case shows them.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseMoneyTotalsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    AgroalDataSource db;

    @Test
    void shouldKeepTheRowsTotalsEqualToTheLedgerAfterEveryKindOfBooking() throws Exception {
        Court court = Court.fresh();
        String caseId = inEnforcement(court); // owes 53,300.00

        pay(court.clerk(), caseId, key(), onSite("20000.00", false)).then().statusCode(201);
        assertTotals(court, caseId, "20000.00", "0.00", "0.00");
        String cent = pay(court.clerk(), caseId, key(), onSite("0.01", false)).then().statusCode(201)
                .extract().path("id");
        assertTotals(court, caseId, "20000.01", "0.00", "0.00");
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("reason", "录入错误")).post("/api/cases/" + caseId + "/payments/" + cent + "/reversal")
                .then().statusCode(201);
        assertTotals(court, caseId, "20000.00", "0.00", "0.00");

        String applicant = caseOf(court, caseId).getString("applicants[0].id");
        String approved = requestDisbursement(court, caseId, applicant, "5000.00");
        assertTotals(court, caseId, "20000.00", "0.00", "5000.00");
        String rejected = requestDisbursement(court, caseId, applicant, "1000.55");
        assertTotals(court, caseId, "20000.00", "0.00", "6000.55");
        decide(court, caseId, rejected, false);
        assertTotals(court, caseId, "20000.00", "0.00", "5000.00");
        decide(court, caseId, approved, true);
        assertTotals(court, caseId, "20000.00", "5000.00", "0.00");

        // The rest under a settlement in two installments; the last one concludes the case.
        given().auth().oauth2(court.judge()).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("signedOn", TODAY.toString(), "total", new BigDecimal("33300.00"),
                        "installments", List.of(
                                Map.of("dueOn", TODAY.plusMonths(1).toString(), "amount", new BigDecimal("16650.00")),
                                Map.of("dueOn", TODAY.plusMonths(2).toString(), "amount", new BigDecimal("16650.00")))))
                .post("/api/cases/" + caseId + "/settlements").then().statusCode(201);
        pay(court.clerk(), caseId, key(), onSite("16650.00", false)).then().statusCode(201);
        assertTotals(court, caseId, "36650.00", "5000.00", "0.00");
        pay(court.clerk(), caseId, key(), onSite("16650.00", true)).then().statusCode(201)
                .body("caseAfter.status", org.hamcrest.Matchers.equalTo("CONCLUDED"));
        assertTotals(court, caseId, "53300.00", "5000.00", "0.00");
        assertThat(LedgerSums.differing(db)).isEmpty();
    }

    @Test
    void shouldKeepThemEqualWhenPaymentsAndDisbursementsRaceOnOneCase() throws Exception {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        pay(court.clerk(), caseId, key(), onSite("1000.00", false)).then().statusCode(201);
        String applicant = caseOf(court, caseId).getString("applicants[0].id");

        List<Response> responses = race(16, i -> i % 2 == 0
                ? pay(court.clerk(), caseId, key(), onSite("100.01", false))
                : disbursement(court, caseId, applicant, "10.03"));

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertTotals(court, caseId, "1800.08", "0.00", "80.24");
        assertThat(LedgerSums.differing(db)).isEmpty();
    }

    @Test
    void shouldCountAuctionProceedsCappedAtWhatIsOutstanding() throws Exception {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        pay(court.clerk(), caseId, key(), onSite("50000.00", false)).then().statusCode(201);
        Response ordered = given().auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key())
                .body(Map.of("type", "AUCTION", "property", "被执行人名下车辆一辆", "amount", new BigDecimal("25000.00")))
                .post("/api/cases/" + caseId + "/measures");
        String measure = ordered.then().statusCode(201).extract().path("id");
        given().auth().oauth2(court.officer()).header("If-Match", ordered.header("ETag"))
                .contentType(ContentType.JSON)
                .body(Map.of("amount", new BigDecimal("30000.00"), "soldOn", TODAY.toString()))
                .post("/api/cases/" + caseId + "/measures/" + measure + "/result").then().statusCode(200);

        assertTotals(court, caseId, "53300.00", "0.00", "0.00"); // 3,300.00 of the 30,000.00 counted
        assertThat(LedgerSums.differing(db)).isEmpty();
    }

    /** The row, the ledger's sums, the expected figures and the case as GET shows it, all equal to the fen. */
    private void assertTotals(Court court, String caseId, String paid, String disbursed, String pending)
            throws Exception {
        var both = LedgerSums.of(db, caseId);
        Totals expected = new Totals(new BigDecimal(paid), new BigDecimal(disbursed), new BigDecimal(pending));
        assertThat(both.ledger()).isEqualTo(expected);
        assertThat(both.row()).isEqualTo(expected);
        JsonPath shown = caseOf(court, caseId);
        assertThat(shown.getObject("paid", BigDecimal.class)).isEqualTo(new BigDecimal(paid));
        assertThat(shown.getObject("disbursed", BigDecimal.class)).isEqualTo(new BigDecimal(disbursed));
        assertThat(shown.getObject("outstanding", BigDecimal.class))
                .isEqualTo(new BigDecimal("53300.00").subtract(new BigDecimal(paid)));
    }

    private static JsonPath caseOf(Court court, String caseId) {
        return exact(given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId).then().statusCode(200)
                .extract().response());
    }

    private static Response disbursement(Court court, String caseId, String payee, String amount) {
        return given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("payeeId", payee, "amount", new BigDecimal(amount)))
                .post("/api/cases/" + caseId + "/disbursements");
    }

    private static String requestDisbursement(Court court, String caseId, String payee, String amount) {
        return disbursement(court, caseId, payee, amount).then().statusCode(201).extract().path("id");
    }

    private static void decide(Court court, String caseId, String id, boolean approve) {
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("approve", approve))
                .post("/api/cases/" + caseId + "/disbursements/" + id + "/decision").then().statusCode(200);
    }

    private static Map<String, Object> onSite(String amount, boolean concludeIfPaidInFull) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "ON_SITE", "payer", "秦某某",
                "amount", new BigDecimal(amount)));
        body.put("concludeIfPaidInFull", concludeIfPaidInFull);
        return body;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
