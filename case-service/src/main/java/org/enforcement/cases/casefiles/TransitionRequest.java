package org.enforcement.cases.casefiles;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moving a case along its lifecycle. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(
        @NotNull @Schema(description = "START_ENFORCEMENT, CONCLUDE or RESUME", example = "CONCLUDE") CaseAction action,
        @Schema(description = "Required with CONCLUDE", example = "TERMINATED_THIS_ROUND") ConclusionType conclusionType,
        @Size(max = 2000) @Schema(description = "Why; required to conclude other than by performance, and to resume",
                example = "经网络查控未发现可供执行的财产") String reason,
        @Schema(description = "Only with CONCLUDE: the day the case was concluded (Asia/Shanghai), for a conclusion"
                + " recorded after the fact; default today. Not in the future, not before the case was filed.",
                example = "2023-02-02") LocalDate concludedOn) {
}
