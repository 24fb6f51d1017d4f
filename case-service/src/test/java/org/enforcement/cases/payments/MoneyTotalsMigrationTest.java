package org.enforcement.cases.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.payments.PaymentResourceTest.exact;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.LedgerSums;
import org.enforcement.cases.support.LedgerSums.Totals;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * V13 back-fills the case rows' money totals from the ledger exactly: payments net of reversals, approved
 * disbursements, and those still awaiting a decision (a rejected one counts nowhere); a case without money has 0.00.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class MoneyTotalsMigrationTest {

    @Inject
    AgroalDataSource db;

    @Test
    void shouldBackFillTheTotalsFromTheLedgerToTheFen() throws Exception {
        Court court = Court.fresh();
        String moved = inEnforcement(court);
        String untouched = inEnforcement(court);
        pay(court.clerk(), moved, key(), onSite("20000.00")).then().statusCode(201);
        String cent = pay(court.clerk(), moved, key(), onSite("0.01")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("reason", "录入错误")).post("/api/cases/" + moved + "/payments/" + cent + "/reversal")
                .then().statusCode(201);
        String applicant = exact(given().auth().oauth2(court.clerk()).get("/api/cases/" + moved).then()
                .statusCode(200).extract().response()).getString("applicants[0].id");
        decide(court, moved, disburse(court, moved, applicant, "5000.00"), true);
        decide(court, moved, disburse(court, moved, applicant, "1000.55"), false);
        disburse(court, moved, applicant, "300.30");

        try (Connection c = TestDatabase.ownerDataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // The schema as it was before V13, the ledger as it is.
                s.execute("ALTER TABLE enforcement_case DROP COLUMN paid, DROP COLUMN disbursed,"
                        + " DROP COLUMN pending_disbursements");
                s.execute("DROP INDEX settlement_agreement_case");
                s.execute(migration());
            }
            c.commit();
        }

        assertThat(LedgerSums.of(db, moved).row()).isEqualTo(new Totals(new BigDecimal("20000.00"),
                new BigDecimal("5000.00"), new BigDecimal("300.30")));
        assertThat(LedgerSums.of(db, untouched).row()).isEqualTo(new Totals(new BigDecimal("0.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(LedgerSums.differing(db)).isEmpty();
        JsonPath shown = exact(given().auth().oauth2(court.clerk()).get("/api/cases/" + moved).then()
                .statusCode(200).extract().response());
        assertThat(shown.getObject("paid", BigDecimal.class)).isEqualTo(new BigDecimal("20000.00"));
        assertThat(shown.getObject("outstanding", BigDecimal.class)).isEqualTo(new BigDecimal("33300.00"));
        assertThat(shown.getObject("disbursed", BigDecimal.class)).isEqualTo(new BigDecimal("5000.00"));
    }

    private static String disburse(Court court, String caseId, String payee, String amount) {
        return given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("payeeId", payee, "amount", new BigDecimal(amount)))
                .post("/api/cases/" + caseId + "/disbursements").then().statusCode(201).extract().path("id");
    }

    private static void decide(Court court, String caseId, String id, boolean approve) {
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("approve", approve))
                .post("/api/cases/" + caseId + "/disbursements/" + id + "/decision").then().statusCode(200);
    }

    private static Map<String, Object> onSite(String amount) {
        return Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", new BigDecimal(amount));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String migration() throws Exception {
        try (InputStream in = MoneyTotalsMigrationTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V13__case_money_totals.sql")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
