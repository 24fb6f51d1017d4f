package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.measures.SummonsDuration;
import org.enforcement.rules.vocabulary.MeasureType;

/** 拘传: a compulsory summons of the respondent for questioning. */
@Schema(name = "SummonsOrder", description = "拘传 (compulsory summons): 1 to 8 hours of questioning, up to 24"
        + " when complex (then the director must approve)")
public record SummonsOrder(
        @Schema(required = true, implementation = String.class, enumeration = "SUMMONS") MeasureType type,
        @Schema(description = RESPONDENT, required = true) UUID respondentId,
        @Schema(required = true, description = "Hours of questioning, 1 to 8; up to 24 with complex: true (then the"
                + " director must approve)", example = "8", minimum = "" + SummonsDuration.MIN_HOURS,
                maximum = "" + SummonsDuration.MAX_HOURS_COMPLEX) Integer durationHours,
        @Schema(description = "The situation is complex and detention may follow", defaultValue = "false")
        Boolean complex,
        @Size(max = 4000) @Schema(description = REASON, example = "经传唤无正当理由拒不到场") String reason,
        @Valid @Schema(description = FIELD_DECISION) FieldDecision fieldDecision,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
