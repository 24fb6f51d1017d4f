package org.enforcement.cases.settlements;

/** Where a settlement agreement stands. PERFORMING and BREACHED are "live": at most one per case. */
public enum AgreementStatus {
    /** 履行中. */
    PERFORMING,
    /** An installment was missed (or a breach declared): the applicant may have enforcement resumed. */
    BREACHED,
    /** Every installment paid: 和解履行完毕. */
    COMPLETED,
    /** Ended without performance, e.g. enforcement resumed or the case concluded otherwise. */
    TERMINATED
}
