package org.enforcement.operations.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.enforcement.commons.problem.ProblemException;

/**
 * The steps of an operation: PLANNED → ASSEMBLED → UNDERWAY → CLOSED, each only from the status before it. A step
 * happens on the operation's days and not in the future ({@link OperationWindow}), departing not before the assembly
 * and closing not before the departure; an operation that requires witnesses (见证) assembles only with at least its
 * minimum registered. Pure: the service locks the operation and counts its witnesses.
 */
public final class OperationLifecycle {

    private OperationLifecycle() {
    }

    /** The status {@code action} leads to; 409 illegal-transition unless the operation is where it starts from. */
    static OperationStatus next(String operationName, OperationStatus current, OperationAction action) {
        OperationStatus expected = switch (action) {
            case ASSEMBLE -> OperationStatus.PLANNED;
            case DEPART -> OperationStatus.ASSEMBLED;
            case CLOSE -> OperationStatus.UNDERWAY;
        };
        if (current != expected) {
            throw ProblemException.conflict("illegal-transition", "Illegal transition",
                    "Operation " + operationName + " is " + current + "; " + action + " is allowed only from "
                            + expected + ".")
                    .with("currentStatus", current.name());
        }
        return switch (action) {
            case ASSEMBLE -> OperationStatus.ASSEMBLED;
            case DEPART -> OperationStatus.UNDERWAY;
            case CLOSE -> OperationStatus.CLOSED;
        };
    }

    /** The steps happen on the operation's days, not in the future, and in their order. */
    static void requireStepTime(OperationAction action, LocalDate date, Instant at, Instant now, Instant assembledAt,
                                Instant departedAt, ZoneId zone) {
        OperationWindow.requireHappened("at", date, at, now, zone);
        if (action == OperationAction.DEPART) {
            OperationWindow.requireNotBefore("at", at, assembledAt, "the assembly", zone);
        } else if (action == OperationAction.CLOSE) {
            OperationWindow.requireNotBefore("at", at, departedAt, "the departure", zone);
        }
    }

    /** 422 witnesses-required when the operation requires witnesses and fewer than its minimum are registered. */
    static void requireWitnesses(String operationName, boolean requiresWitnesses, int minWitnesses, long registered) {
        if (requiresWitnesses && registered < minWitnesses) {
            throw ProblemException.unprocessable("witnesses-required", "Witnesses required",
                    "Operation " + operationName + " requires at least " + minWitnesses + " witness(es) (见证人)"
                            + " before it may assemble; " + registered + " registered.")
                    .with("required", minWitnesses).with("registered", registered);
        }
    }

    /** Changes of people, teams, targets and streams are allowed until the operation is closed. */
    static void requireOpen(String operationName, OperationStatus status) {
        if (status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("operation-closed", "Operation closed",
                    "Operation " + operationName + " is closed; its people, teams and targets can no longer change.");
        }
    }
}
