package org.enforcement.cases.payments;

/** How enforcement money came in. */
public enum Channel {
    /** Paid on site to officers, e.g. during a dawn raid (现场履行). */
    ON_SITE,
    BANK_TRANSFER,
    /** Paid into the court's account (法院执行款账户). */
    COURT_ACCOUNT,
    /** Proceeds of an online judicial auction (司法网拍); recorded by the auction measure. */
    AUCTION,
    /** Deducted from frozen accounts (扣划). */
    DEDUCTION
}
