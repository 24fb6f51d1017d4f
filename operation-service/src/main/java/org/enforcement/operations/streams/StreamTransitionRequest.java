package org.enforcement.operations.streams;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StreamTransitionRequest")
public record StreamTransitionRequest(
        @Schema(description = "When it happened (default now)", example = "2023-02-01T21:30:00Z") Instant at) {
}
