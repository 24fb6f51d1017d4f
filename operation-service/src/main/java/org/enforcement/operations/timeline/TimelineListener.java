package org.enforcement.operations.timeline;

import org.enforcement.events.operations.TargetOutcome;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.targets.Target;

/**
 * Told of each new timeline entry inside the transaction that writes it. Deliveries to case-service use this to
 * enqueue the outcome in the same transaction (outbox), so an outcome exists exactly when its entry does.
 */
public interface TimelineListener {

    /** {@code target} is null for operation-level entries. */
    void appended(Operation operation, Target target, TimelineEntry entry);

    /**
     * Offered the TargetOutcome event of a new entry (after {@link #appended}) before it is published: true when the
     * listener holds it back and publishes it itself later, false to let it be published with the entry.
     */
    default boolean holdsOutcome(TimelineEntry entry, TargetOutcome outcome) {
        return false;
    }
}
