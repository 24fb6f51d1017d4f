package org.enforcement.operations.streams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A FAQ entry as corrected by a director of its court, with the reason (audited). */
@Schema(name = "CorrectFaqEntryRequest")
public record CorrectFaqEntryRequest(
        @NotBlank @Size(max = 500) @Schema(example = "申请执行的期间是多长？") String question,
        @NotBlank @Size(max = 4000) @Schema(example = "申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算。")
        String answer,
        @Size(max = 20) List<@NotBlank @Size(max = 32) String> tags,
        @Size(max = 300) @Schema(example = "《中华人民共和国民事诉讼法》第二百五十条") String legalBasis,
        @NotBlank @Size(max = 500) @Schema(example = "更正法条序号") String reason) {
}
