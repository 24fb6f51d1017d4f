package org.enforcement.cases.payments;

/** Ledger rows are never changed: a wrong payment is corrected by a reversal of it. */
public enum PaymentKind {
    PAYMENT,
    REVERSAL
}
