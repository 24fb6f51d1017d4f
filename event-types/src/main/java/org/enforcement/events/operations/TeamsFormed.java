package org.enforcement.events.operations;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The operation's teams were formed.")
public record TeamsFormed(
        UUID operationId,
        int teams) implements OperationEvent {
}
