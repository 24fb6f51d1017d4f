package org.enforcement.cases.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;
import org.enforcement.rules.vocabulary.MeasureType;

/** 司法网拍: property auctioned online. */
@Schema(name = "AuctionOrder", description = "司法网拍 (judicial online auction) of property")
public record AuctionOrder(
        @Schema(required = true, implementation = String.class, enumeration = "AUCTION") MeasureType type,
        @Schema(description = RESPONDENT) UUID respondentId,
        @Positive @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "The reserve price", example = "300000.00") BigDecimal amount,
        @Size(max = 2000) @Schema(required = true, description = "The property"
                + " auctioned", example = "被执行人名下位于淮阴区的住房一套") String property,
        @Size(max = 4000) @Schema(description = REASON, example = "被执行人拒不履行") String reason,
        @Schema(description = ORDERED_ON, example = "2023-02-01") @InBusinessCalendar LocalDate orderedOn,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) implements OrderMeasureRequest {
}
