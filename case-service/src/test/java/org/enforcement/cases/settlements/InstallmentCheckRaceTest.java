package org.enforcement.cases.settlements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The missed-installment check and payments both change installments: the check runs in a loop on one thread while
 * ten threads per case pay, and what the installments say must still add up afterwards.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class InstallmentCheckRaceTest {

    private static final int CASES = 3;
    private static final int PAYERS_PER_CASE = 10;
    private static final int PAYMENTS_PER_PAYER = 3;
    private static final int INSTALLMENTS = 10;

    @Inject
    MarkMissedInstallments settlements;

    @Inject
    DataSource db;

    @Test
    void shouldKeepInstallmentsConsistentWhileTheCheckRunsDuringConcurrentPayments() throws Exception {
        List<String> caseIds = new ArrayList<>();
        List<Court> courts = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            Court court = Court.fresh();
            String caseId = inEnforcement(court);
            // 3000 yuan in ten monthly installments of 300 from January 2023.
            List<Map<String, Object>> plan = new ArrayList<>();
            for (int i = 0; i < INSTALLMENTS; i++) {
                plan.add(Map.of("dueOn", LocalDate.of(2023, 1 + i, 20).toString(), "amount", 300.00));
            }
            given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(court.judge()).contentType(ContentType.JSON)
                    .body(Map.of("signedOn", "2023-01-15", "total", 3000.00, "installments", plan))
                    .post("/api/cases/" + caseId + "/settlements").then().statusCode(201);
            caseIds.add(caseId);
            courts.add(court);
        }

        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean paying = new AtomicBoolean(true);
        AtomicInteger checks = new AtomicInteger();
        ExecutorService checker = Executors.newSingleThreadExecutor();
        Future<?> checking = checker.submit(() -> {
            start.await();
            // The check's day moves through 2023 while the payments come in, so installments fall due one after
            // another in the middle of the payments instead of all before the first one.
            LocalDate day = LocalDate.of(2023, 1, 15);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            while (paying.get()) {
                settlements.markMissedInstallments(day);
                checks.incrementAndGet();
                day = day.plusDays(2).isAfter(today) ? today : day.plusDays(2);
            }
            return null;
        });

        // Ten payers per case, each paying three times 100 yuan: thirty payments cover the 3000 exactly.
        ExecutorService payers = Executors.newFixedThreadPool(CASES * PAYERS_PER_CASE);
        List<Future<List<Integer>>> payments = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            Court court = courts.get(c);
            String caseId = caseIds.get(c);
            for (int p = 0; p < PAYERS_PER_CASE; p++) {
                Map<String, Object> body = new HashMap<>(Map.of("channel", "BANK_TRANSFER", "payer", "秦某某",
                        "amount", "100.00", "concludeIfPaidInFull", true));
                payments.add(payers.submit(() -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int n = 0; n < PAYMENTS_PER_PAYER; n++) {
                        statuses.add(pay(court.clerk(), caseId, UUID.randomUUID().toString(), body).statusCode());
                    }
                    return statuses;
                }));
            }
        }
        start.countDown();
        for (Future<List<Integer>> payment : payments) {
            assertThat(payment.get(120, TimeUnit.SECONDS)).containsOnly(201);
        }
        paying.set(false);
        checking.get(60, TimeUnit.SECONDS);
        payers.shutdown();
        checker.shutdown();
        assertThat(checks.get()).isPositive();

        for (String caseId : caseIds) {
            // No double booking: thirty payments of 100 and not a yuan more.
            assertThat(number("select count(*) from payment where case_id = ?::uuid", caseId)).isEqualTo(30);
            assertThat(decimal("select sum(amount) from payment where case_id = ?::uuid", caseId))
                    .isEqualByComparingTo("3000.00");
            assertThat(decimal("""
                    select sum(al.amount) from installment_allocation al join installment i on i.id = al.installment_id
                    join settlement_agreement a on a.id = i.agreement_id where a.case_id = ?::uuid""", caseId))
                    .isEqualByComparingTo("3000.00");
            // Every installment's paid is the sum of its allocations, and it is fully paid.
            assertThat(number("""
                    select count(*) from installment i join settlement_agreement a on a.id = i.agreement_id
                    where a.case_id = ?::uuid and (i.paid <> i.amount or i.status <> 'PAID' or i.paid <>
                      (select coalesce(sum(al.amount), 0) from installment_allocation al where al.installment_id = i.id))""",
                    caseId)).isZero();
            // Each installment missed at most once.
            assertThat(number("""
                    select count(*) from (select payload ->> 'installment' from outbox_event
                    where case_id = ? and type = 'InstallmentMissed' group by 1 having count(*) > 1) twice""",
                    caseId)).isZero();
            assertThat(number("select count(*) from outbox_event where case_id = ? and type = 'SettlementBreached'",
                    caseId)).isLessThanOrEqualTo(1);
            // The plan was performed: the agreement is COMPLETED and the case concluded as settled (和解履行完毕).
            assertThat(text("select status from settlement_agreement where case_id = ?::uuid", caseId))
                    .isEqualTo("COMPLETED");
            assertThat(text("select status || ' ' || conclusion_type from enforcement_case where id = ?::uuid",
                    caseId)).isEqualTo("CONCLUDED SETTLEMENT_PERFORMED");
            assertThat(number("select count(*) from outbox_event where case_id = ? and type = 'SettlementCompleted'",
                    caseId)).isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseAnInstallmentPaidBeyondItsAmountInTheDatabase() throws Exception {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(court.judge()).contentType(ContentType.JSON)
                .body(Map.of("signedOn", "2023-01-15", "total", 100.00,
                        "installments", List.of(Map.of("dueOn", "2023-01-20", "amount", 100.00))))
                .post("/api/cases/" + caseId + "/settlements").then().statusCode(201);
        String installment = "select i.id from installment i join settlement_agreement a on a.id = i.agreement_id"
                + " where a.case_id = '" + caseId + "'";
        assertThatThrownBy(() -> update("update installment set paid = 100.01 where id = (" + installment + ")"))
                .isInstanceOf(SQLException.class).hasMessageContaining("installment_paid_within_amount");
        assertThatThrownBy(() -> update("update installment set paid = -0.01 where id = (" + installment + ")"))
                .isInstanceOf(SQLException.class).hasMessageContaining("installment_paid");
        assertThat(update("update installment set paid = 100.00 where id = (" + installment + ")")).isEqualTo(1);
    }

    private int update(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }

    private Object single(String sql, String caseId) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, caseId);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getObject(1);
            }
        }
    }

    private long number(String sql, String caseId) throws SQLException {
        return ((Number) single(sql, caseId)).longValue();
    }

    private BigDecimal decimal(String sql, String caseId) throws SQLException {
        return (BigDecimal) single(sql, caseId);
    }

    private String text(String sql, String caseId) throws SQLException {
        return (String) single(sql, caseId);
    }
}
