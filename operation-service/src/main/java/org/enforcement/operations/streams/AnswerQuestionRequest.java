package org.enforcement.operations.streams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnswerQuestionRequest")
public record AnswerQuestionRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "申请执行的期间为二年……") String answer,
        @Schema(description = "An FAQ entry the answer follows") UUID faqEntryId) {
}
