package org.enforcement.operations.streams;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Accepting or rejecting a submitted question. Reject questions that name debtors beyond surname + 某, give
 * addresses, or concern particular minors; or accept with {@code publicText}, the question reworded for the public.
 */
@Schema(name = "ModerateQuestionRequest")
public record ModerateQuestionRequest(
        @NotNull @Schema(description = "true accepts, false rejects") Boolean accept,
        @Size(max = 1000) @Schema(description = "Internal note, never public", example = "与本案无关") String note,
        @Size(max = 1000) @Schema(description = "The question as shown publicly, e.g. with names reduced to surname"
                + " + 某; numbers are still scrubbed", example = "李某不履行和解协议怎么办？") String publicText) {
}
