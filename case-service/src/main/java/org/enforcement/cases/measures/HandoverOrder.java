package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.vocabulary.MeasureType;

/** 交付/迁出: property handed over, premises vacated or land returned, recorded as done on the spot. */
@Schema(name = "HandoverOrder", description = "强制交付 / 强制迁出 (hand-over): recorded as done on the spot, EXECUTED at once")
public record HandoverOrder(
        @Schema(required = true, implementation = String.class, enumeration = "HANDOVER") MeasureType type,
        @Schema(description = RESPONDENT) UUID respondentId,
        @Size(max = 2000) @Schema(required = true, description = "The premises, land or things handed"
                + " over", example = "凉州区某村承包地12亩及地上设备") String property,
        @Size(max = 4000) @Schema(description = REASON, example = "被执行人拒不履行") String reason,
        @Valid @Schema(description = FIELD_DECISION) FieldDecision fieldDecision,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
