package org.enforcement.cases.measures;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

/** The director's decision on a measure awaiting approval. */
@Schema(name = "DecideMeasureRequest")
public record DecideMeasureRequest(
        @NotNull @Schema(description = "true approves (the measure is in force), false rejects it", example = "true")
        Boolean approve,
        @Size(max = 4000) @Schema(example = "同意拘留十五日") String note,
        @Schema(description = "The day of the decision (Asia/Shanghai); default today. Not in the future, not before"
                + " the measure was ordered.", example = "2023-02-01") @InBusinessCalendar LocalDate decidedOn) {
}
