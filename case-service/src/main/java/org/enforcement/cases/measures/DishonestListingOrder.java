package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.vocabulary.MeasureType;

/** 失信名单: the respondent is listed as a dishonest debtor for a term. */
@Schema(name = "DishonestListingOrder", description = "失信名单 (dishonest-debtor listing): at most 5 years")
public record DishonestListingOrder(
        @Schema(required = true, implementation = String.class, enumeration = "DISHONEST_LISTING") MeasureType type,
        @Schema(description = RESPONDENT, required = true) UUID respondentId,
        @Schema(required = true, description = "First day in force", example = "2023-02-02")
        @InBusinessCalendar LocalDate startsOn,
        @Schema(required = true, description = "End of the listing, after startsOn and at most 5 years later",
                example = "2025-02-02") LocalDate endsOn,
        @Size(max = 4000) @Schema(description = REASON, required = true, example = "有履行能力而拒不履行") String reason,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
