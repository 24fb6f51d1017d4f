package org.enforcement.operations.operations;

/** The moves of an operation; each is also written to the timeline. */
public enum OperationAction {
    /** Everyone has assembled (e.g. 05:00); witnesses must be present if the operation requires them. */
    ASSEMBLE,
    /** The teams leave the assembly point (e.g. 05:30). */
    DEPART,
    /** All teams returned; the operation is over. */
    CLOSE
}
