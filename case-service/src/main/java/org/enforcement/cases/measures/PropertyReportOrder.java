package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.vocabulary.MeasureType;

/** 报告财产令: the respondent must report his property by a deadline. */
@Schema(name = "PropertyReportOrder", description = "报告财产令 (order to report property) by a deadline")
public record PropertyReportOrder(
        @Schema(required = true, implementation = String.class, enumeration = "PROPERTY_REPORT_ORDER") MeasureType type,
        @Schema(description = RESPONDENT, required = true) UUID respondentId,
        @Schema(required = true, description = "The day the report is due, not before the day the order was made"
                + " (orderedOn)", example = "2023-02-10") @InBusinessCalendar LocalDate deadline,
        @Size(max = 4000) @Schema(description = REASON, example = "责令报告财产") String reason,
        @Schema(description = ORDERED_ON + " A deadline is checked against"
                + " it.", example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
