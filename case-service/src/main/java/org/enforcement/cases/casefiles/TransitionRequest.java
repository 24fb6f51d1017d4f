package org.enforcement.cases.casefiles;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

/** Moving a case along its lifecycle. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(
        @NotNull @Schema(description = "START_ENFORCEMENT, CONCLUDE or RESUME", example = "CONCLUDE") CaseAction action,
        @Schema(description = "Required with CONCLUDE", example = "TERMINATED_THIS_ROUND") ConclusionType conclusionType,
        @Size(max = 2000) @Schema(description = "Why; required to conclude other than by performance, and to resume",
                example = "经网络查控未发现可供执行的财产") String reason,
        @Schema(description = "Only with CONCLUDE: the day the case was concluded (Asia/Shanghai), for a conclusion"
                + " recorded after the fact; default today. Not in the future, not before the case was filed.",
                example = "2023-02-02") @InBusinessCalendar LocalDate concludedOn,
        @Schema(description = "Only with START_ENFORCEMENT: the day enforcement started (Asia/Shanghai); default today."
                + " Not in the future, not before the case was filed.", example = "2023-01-12")
        @InBusinessCalendar LocalDate startedOn,
        @Schema(description = "Only with RESUME: the day enforcement resumed (Asia/Shanghai); default today. Not in"
                + " the future, not before the case was filed.", example = "2023-02-01")
        @InBusinessCalendar LocalDate resumedOn) {
}
