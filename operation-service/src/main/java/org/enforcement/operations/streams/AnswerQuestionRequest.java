package org.enforcement.operations.streams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

@Schema(name = "AnswerQuestionRequest")
public record AnswerQuestionRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "申请执行的期间为二年……") String answer,
        @Schema(description = "An FAQ entry the answer follows") UUID faqEntryId,
        @InBusinessCalendar @Schema(description = "When it was answered (default now): not in the future, not before"
                + " the question was submitted or the stream started, within 2 days of the operation's date",
                example = "2023-02-01T22:10:00Z") Instant answeredAt) {
}
