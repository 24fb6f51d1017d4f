package org.enforcement.cases.casefiles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Reading a case costs one SQL statement, whatever the role and however much money moved on it: the parties come
 * with the case, the money totals from its row, not from sums over the ledger (issue 18: it was four).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseReadStatementsTest {

    @Inject
    SessionFactory sessions;

    @Test
    void shouldReadACaseWithItsPartiesAndMoneyInOneStatement() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        for (int i = 0; i < 3; i++) {
            pay(court.clerk(), caseId, UUID.randomUUID().toString(), Map.of("channel", "ON_SITE", "payer", "秦某某",
                    "amount", new BigDecimal("100.00"))).then().statusCode(201);
        }

        for (String token : new String[] {court.clerk(), court.observer()}) {
            long statements = fewestStatements(() -> given().auth().oauth2(token).get("/api/cases/" + caseId).then()
                    .statusCode(200)
                    .body("applicants", hasSize(1))
                    .body("respondents", hasSize(1))
                    .body("paid", equalTo(300.00f))
                    .body("outstanding", equalTo(53000.00f)));
            assertThat(statements).isEqualTo(1);
        }
    }

    @Test
    void shouldBookAPaymentInAsManyStatementsHoweverLongTheLedger() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        Supplier<?> payment = () -> pay(court.clerk(), caseId, UUID.randomUUID().toString(),
                Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", new BigDecimal("1.00"))).then()
                .statusCode(201);
        long first = fewestStatements(payment);
        for (int i = 0; i < 20; i++) {
            payment.get();
        }
        assertThat(fewestStatements(payment)).isEqualTo(first).isLessThanOrEqualTo(14);
    }

    /** The fewest statements prepared over a few runs of {@code request} (other work only ever adds to them). */
    private long fewestStatements(Supplier<?> request) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            sessions.getStatistics().clear();
            request.get();
            fewest = Math.min(fewest, sessions.getStatistics().getPrepareStatementCount());
        }
        return fewest;
    }
}
