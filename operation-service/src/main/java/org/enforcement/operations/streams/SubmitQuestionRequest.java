package org.enforcement.operations.streams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/** A viewer's question, passed on by a moderator or an integration of the platform's comments. */
@Schema(name = "SubmitQuestionRequest")
public record SubmitQuestionRequest(
        @NotNull @Schema(description = "One of the stream's platforms", example = "TAOBAO_LIVE")
        StreamPlatformKind platform,
        @NotBlank @Size(max = 64) @Schema(description = "The viewer's nickname on the platform", example = "淮安老张")
        String askedBy,
        @NotBlank @Size(max = 1000) @Schema(description = "As typed; kept for internal roles, scrubbed for the public",
                example = "申请恢复执行的期限是多长？") String text,
        @InBusinessCalendar @Schema(description = "When the viewer asked (default now): not in the future, within 2"
                + " days of the operation's date", example = "2023-02-01T22:05:00Z") Instant submittedAt) {
}
