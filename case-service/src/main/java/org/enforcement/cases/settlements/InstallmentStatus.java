package org.enforcement.cases.settlements;

public enum InstallmentStatus {
    OPEN,
    PAID,
    /** Not fully paid by the due date plus the grace period; stays MISSED until paid (then PAID, late). */
    MISSED
}
