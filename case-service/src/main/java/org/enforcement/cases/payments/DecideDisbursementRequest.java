package org.enforcement.cases.payments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

/** The director's decision on a disbursement request. */
@Schema(name = "DecideDisbursementRequest")
public record DecideDisbursementRequest(
        @NotNull @Schema(description = "true to approve, false to reject") Boolean approve,
        @Size(max = 2000) String note,
        @Schema(description = "Only when approving: the day the money was paid out (Asia/Shanghai); default today."
                + " Not in the future, not before the disbursement was requested.", example = "2023-03-01")
        @InBusinessCalendar LocalDate paidOutOn) {
}
