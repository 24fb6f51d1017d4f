package org.enforcement.operations.streams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An answered question's answer as corrected by a director of its court, with the reason (audited). */
@Schema(name = "CorrectAnswerRequest")
public record CorrectAnswerRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "可以申请分期履行，但须与申请执行人达成和解协议。") String answer,
        @NotBlank @Size(max = 500) @Schema(example = "答复引用的法条有误") String reason) {
}
