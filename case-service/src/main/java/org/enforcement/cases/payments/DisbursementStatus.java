package org.enforcement.cases.payments;

/** 案款发放: requested by a clerk, decided by the director (maker-checker). */
public enum DisbursementStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
