package org.enforcement.operations.operations;

import java.time.Instant;

/** Told of each operation step inside its transaction (the timeline records assembled / departed / closed). */
public interface OperationStepListener {

    void stepped(Operation operation, OperationAction action, Instant at);
}
