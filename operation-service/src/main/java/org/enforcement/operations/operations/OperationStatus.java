package org.enforcement.operations.operations;

/** PLANNED → ASSEMBLED (集合) → UNDERWAY (出发) → CLOSED (收队). */
public enum OperationStatus {
    PLANNED,
    ASSEMBLED,
    UNDERWAY,
    CLOSED
}
