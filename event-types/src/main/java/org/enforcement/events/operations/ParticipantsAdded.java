package org.enforcement.events.operations;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Officers and staff joined the operation.")
public record ParticipantsAdded(
        UUID operationId,
        int added,
        long officersDeployed) implements OperationEvent {
}
