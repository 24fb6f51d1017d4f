package org.enforcement.cases.settlements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

/** A breach found by the judge (e.g. a non-monetary term not kept), beyond missed installments. */
@Schema(name = "DeclareBreachRequest")
public record DeclareBreachRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "被执行人未按约定交付车辆") String reason,
        @Schema(description = "The day the agreement was breached (Asia/Shanghai); default today. Not in the future,"
                + " not before the agreement was signed.", example = "2023-01-21")
        @InBusinessCalendar LocalDate breachedOn) {
}
