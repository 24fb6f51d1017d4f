package org.enforcement.cases.casefiles;

import java.math.BigDecimal;

/** A case's money position: paid in (net of reversals), paid out, and disbursements awaiting approval. */
public record MoneyTotals(BigDecimal paid, BigDecimal disbursed, BigDecimal pendingDisbursements) {

    public static final MoneyTotals NONE = new MoneyTotals(new BigDecimal("0.00"), new BigDecimal("0.00"),
            new BigDecimal("0.00"));

    /** Money held for the applicants that is not yet paid out or promised. */
    public BigDecimal available() {
        return paid.subtract(disbursed).subtract(pendingDisbursements);
    }
}
