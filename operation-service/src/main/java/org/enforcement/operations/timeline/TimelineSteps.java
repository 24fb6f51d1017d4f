package org.enforcement.operations.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationAction;
import org.enforcement.operations.operations.OperationStepListener;

/** Writes the operation's steps (assembled, departed, closed) to its timeline, inside the step's transaction. */
@ApplicationScoped
public class TimelineSteps implements OperationStepListener {

    @Inject
    TimelineService timeline;

    @Override
    public void stepped(Operation operation, OperationAction action, Instant at) {
        timeline.recordStep(operation, action, at);
    }
}
