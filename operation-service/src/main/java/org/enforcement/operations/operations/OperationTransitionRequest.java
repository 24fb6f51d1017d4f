package org.enforcement.operations.operations;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OperationTransitionRequest")
public record OperationTransitionRequest(
        @NotNull @Schema(example = "ASSEMBLE") OperationAction action,
        @Schema(description = "When it happened (default now), e.g. 2023-02-01T21:00:00Z for 05:00 in Huai'an")
        Instant at) {
}
