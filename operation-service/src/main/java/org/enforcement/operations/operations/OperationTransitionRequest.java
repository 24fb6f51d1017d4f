package org.enforcement.operations.operations;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

@Schema(name = "OperationTransitionRequest")
public record OperationTransitionRequest(
        @NotNull @Schema(example = "ASSEMBLE") OperationAction action,
        @InBusinessCalendar @Schema(description = "When it happened (default now), e.g. 2023-02-01T21:00:00Z for 05:00 in"
                + " Huai'an: not in the future, within 2 days of the operation's date, and in order (a departure not"
                + " before the assembly, a close not before the departure)") Instant at) {
}
