package org.enforcement.cases.casefiles;

import java.math.BigDecimal;

/**
 * A case's money, read-only and exact to the fen: owed (principal + costs), paid in (net of reversals), paid out to
 * the applicants (approved disbursements) and promised (disbursements awaiting approval).
 */
public record Ledger(BigDecimal owed, BigDecimal paid, BigDecimal disbursed, BigDecimal pendingDisbursements) {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    /** The ledger of a case no money moved on yet. */
    public static Ledger untouched(BigDecimal owed) {
        return new Ledger(owed, ZERO, ZERO, ZERO);
    }

    /** What is still owed, never below 0. */
    public BigDecimal outstanding() {
        return owed.subtract(paid).max(ZERO);
    }

    /** Whether {@code amount} paid in now would pay more than is owed. */
    public boolean wouldOverpay(BigDecimal amount) {
        return amount.compareTo(outstanding()) > 0;
    }

    /** Money held for the applicants that is not yet paid out or promised (below 0 when a reversal ate into it). */
    public BigDecimal available() {
        return paid.subtract(disbursed).subtract(pendingDisbursements);
    }

    /** After money paid in: a payment (positive) or a reversal (negative). */
    public Ledger paidIn(BigDecimal signedAmount) {
        return new Ledger(owed, paid.add(signedAmount), disbursed, pendingDisbursements);
    }

    /** After a disbursement of {@code amount} is requested: promised until decided. */
    public Ledger promised(BigDecimal amount) {
        return new Ledger(owed, paid, disbursed, pendingDisbursements.add(amount));
    }

    /** After a requested disbursement of {@code amount} is decided: paid out if approved, released if rejected. */
    public Ledger decided(BigDecimal amount, boolean approved) {
        return new Ledger(owed, paid, approved ? disbursed.add(amount) : disbursed,
                pendingDisbursements.subtract(amount));
    }
}
