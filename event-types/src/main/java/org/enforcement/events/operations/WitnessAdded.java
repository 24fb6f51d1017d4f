package org.enforcement.events.operations;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A witness joined the operation.")
public record WitnessAdded(
        UUID operationId,
        String capacity) implements OperationEvent {
}
