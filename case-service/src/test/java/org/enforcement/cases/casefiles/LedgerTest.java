package org.enforcement.cases.casefiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A case's money to the fen: outstanding never below 0, overpayment by one fen refused, what may still go out. */
class LedgerTest {

    private static Ledger ledger(String owed, String paid, String disbursed, String pending) {
        return new Ledger(new BigDecimal(owed), new BigDecimal(paid), new BigDecimal(disbursed),
                new BigDecimal(pending));
    }

    @Test
    void shouldOweWhatIsNotPaidAndNeverLessThanNothing() {
        assertThat(Ledger.untouched(new BigDecimal("53300.00")).outstanding()).isEqualByComparingTo("53300.00");
        assertThat(ledger("53300.00", "20000.00", "0.00", "0.00").outstanding()).isEqualTo(new BigDecimal("33300.00"));
        assertThat(ledger("53300.00", "53300.00", "0.00", "0.00").outstanding()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ledger("100.00", "100.01", "0.00", "0.00").outstanding()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void shouldRefuseAPaymentOneFenAboveWhatIsOutstanding() {
        var l = ledger("53300.00", "20000.00", "0.00", "0.00");
        assertThat(l.wouldOverpay(new BigDecimal("33300.00"))).isFalse();
        assertThat(l.wouldOverpay(new BigDecimal("33300.01"))).isTrue();
    }

    @Test
    void shouldHoldForTheApplicantsWhatIsPaidAndNeitherPaidOutNorPromised() {
        var l = ledger("53300.00", "20000.00", "5000.00", "3000.50");
        assertThat(l.available()).isEqualTo(new BigDecimal("11999.50"));
        // A reversal after a promise can leave less than nothing held.
        assertThat(ledger("53300.00", "0.00", "0.00", "3000.00").available()).isEqualTo(new BigDecimal("-3000.00"));
    }

    @Test
    void shouldMoveTheTotalsByEachBookingToTheFen() {
        var l = ledger("53300.00", "20000.00", "5000.00", "3000.50");
        assertThat(l.paidIn(new BigDecimal("0.01"))).isEqualTo(ledger("53300.00", "20000.01", "5000.00", "3000.50"));
        assertThat(l.paidIn(new BigDecimal("-20000.00"))).isEqualTo(ledger("53300.00", "0.00", "5000.00", "3000.50"));
        assertThat(l.promised(new BigDecimal("999.99"))).isEqualTo(ledger("53300.00", "20000.00", "5000.00", "4000.49"));
        assertThat(l.decided(new BigDecimal("3000.50"), true))
                .isEqualTo(ledger("53300.00", "20000.00", "8000.50", "0.00"));
        assertThat(l.decided(new BigDecimal("1000.50"), false))
                .isEqualTo(ledger("53300.00", "20000.00", "5000.00", "2000.00"));
    }
}
