package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.measures.DetentionTerm;
import org.enforcement.rules.vocabulary.MeasureType;

/** 司法拘留: judicial detention of the respondent. */
@Schema(name = "DetentionOrder", description = "司法拘留 (judicial detention): 1 to 15 days; awaits the"
        + " director's approval")
public record DetentionOrder(
        @Schema(required = true, implementation = String.class, enumeration = "DETENTION") MeasureType type,
        @Schema(description = RESPONDENT, required = true) UUID respondentId,
        @Schema(required = true, description = "1 to 15 days", example = "15",
                minimum = "" + DetentionTerm.MIN_DAYS, maximum = "" + DetentionTerm.MAX_DAYS) Integer detentionDays,
        @Size(max = 4000) @Schema(description = REASON, example = "拒不履行生效法律文书") String reason,
        @Valid @Schema(description = FIELD_DECISION) FieldDecision fieldDecision,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
