package org.enforcement.operations.streams;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

@Schema(name = "StreamTransitionRequest")
public record StreamTransitionRequest(
        @InBusinessCalendar @Schema(description = "When it happened (default now): not in the future, within 2 days of"
                + " the operation's date; an end not before the start", example = "2023-02-01T21:30:00Z") Instant at) {
}
