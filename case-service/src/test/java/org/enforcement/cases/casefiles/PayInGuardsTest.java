package org.enforcement.cases.casefiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseRepository#payIn}'s SQL guards restate three rules so the usual payment takes one statement. On random
 * case rows and payments, boundaries included, the fast path books a payment exactly when the rules would: the
 * case is not concluded, the day is not before filing ({@link CaseCalendar#requireCaseDay}) and the amount does not
 * overpay ({@link Ledger#wouldOverpay}). Each try, the row's random values included, is rolled back.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PayInGuardsTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Inject
    CaseRepository cases;

    @Inject
    CaseCalendar calendar;

    @Inject
    AgroalDataSource db;

    @Test
    void shouldBookOnTheFastPathExactlyWhenTheRulesWould() throws Exception {
        Court court = Court.fresh();
        UUID caseId = UUID.fromString(inEnforcement(court));
        LocalDate today = calendar.today();
        Random random = new Random(18);
        int booked = 0;
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            BigDecimal principal = money(random, 1_000_000);
            BigDecimal costs = money(random, 5_000);
            BigDecimal owed = principal.add(costs);
            // paid below, at and (after costs were lowered) above what is owed
            BigDecimal paid = switch (random.nextInt(4)) {
                case 0 -> owed;
                case 1 -> owed.add(money(random, 100));
                default -> money(random, owed.intValue());
            };
            CaseStatus status = CaseStatus.values()[random.nextInt(CaseStatus.values().length)];
            LocalDate filedOn = today.minusDays(random.nextInt(30));
            BigDecimal outstanding = owed.subtract(paid).max(Ledger.ZERO);
            // the amount around what is outstanding: a cent under, exactly, a cent over, or anything
            BigDecimal amount = switch (random.nextInt(4)) {
                case 0 -> outstanding.subtract(CENT);
                case 1 -> outstanding;
                case 2 -> outstanding.add(CENT);
                default -> money(random, 2_000_000);
            };
            if (amount.signum() <= 0) {
                amount = CENT; // the API refuses anything below a cent
            }
            LocalDate receivedOn = filedOn.plusDays(random.nextInt(3) - 1L);
            if (receivedOn.isAfter(today)) {
                receivedOn = today; // a future day never reaches payIn (RecordPayment sends it the long way)
            }

            boolean rulesAllow = status != CaseStatus.CONCLUDED && !receivedOn.isBefore(filedOn)
                    && !new Ledger(owed, paid, Ledger.ZERO, Ledger.ZERO).wouldOverpay(amount);
            BigDecimal payment = amount;
            Optional<Case> paidInto;
            // the row set and the payment tried in one transaction, rolled back: no other test sees this row changed
            QuarkusTransaction.begin();
            try {
                setRow(caseId, principal, costs, paid, status, filedOn);
                paidInto = cases.payIn(caseId, court.code(), payment, receivedOn);
            } finally {
                QuarkusTransaction.rollback();
            }

            assertThat(paidInto.isPresent())
                    .as("try %d: %s, owed %s, paid %s, filed %s; %s on %s", i, status, owed, paid, filedOn, amount,
                            receivedOn)
                    .isEqualTo(rulesAllow);
            paidInto.ifPresent(c -> assertThat(c.ledger().paid()).isEqualByComparingTo(paid.add(payment)));
            if (rulesAllow) {
                booked++;
            } else {
                refused++;
            }
        }
        // nothing of the tries stayed (other tests compare every case row with its ledger)
        try (Connection connection = db.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT paid FROM enforcement_case WHERE id = ?")) {
            read.setObject(1, caseId);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBigDecimal(1)).isEqualByComparingTo(Ledger.ZERO);
            }
        }
        // both outcomes were tried often enough to mean something
        assertThat(booked).isGreaterThan(30);
        assertThat(refused).isGreaterThan(30);
    }

    private void setRow(UUID caseId, BigDecimal principal, BigDecimal costs, BigDecimal paid, CaseStatus status,
            LocalDate filedOn) throws Exception {
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE enforcement_case SET principal = ?,"
                     + " costs = ?, paid = ?, status = ?, filed_on = ? WHERE id = ?")) {
            update.setBigDecimal(1, principal);
            update.setBigDecimal(2, costs);
            update.setBigDecimal(3, paid);
            update.setString(4, status.name());
            update.setObject(5, filedOn);
            update.setObject(6, caseId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static BigDecimal money(Random random, int maxYuan) {
        return BigDecimal.valueOf(random.nextInt(Math.max(1, maxYuan)) * 100L + random.nextInt(100), 2)
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
