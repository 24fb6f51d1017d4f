package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.vocabulary.MeasureType;

/** 限制消费令: the respondent's spending is restricted. */
@Schema(name = "ConsumptionRestrictionOrder", description = "限制消费令 (consumption restriction), until endsOn or"
        + " until lifted")
public record ConsumptionRestrictionOrder(
        @Schema(required = true, implementation = String.class,
                enumeration = "CONSUMPTION_RESTRICTION") MeasureType type,
        @Schema(description = RESPONDENT, required = true) UUID respondentId,
        @Schema(required = true, description = "First day in force", example = "2023-02-02")
        @InBusinessCalendar LocalDate startsOn,
        @Schema(description = "Last day; without it the order runs until lifted", example = "2025-02-02")
        LocalDate endsOn,
        @Size(max = 4000) @Schema(description = REASON, required = true, example = "未按执行通知履行") String reason,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
