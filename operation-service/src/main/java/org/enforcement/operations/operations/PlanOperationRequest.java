package org.enforcement.operations.operations;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

/** Planning an operation. Clock times are local (Asia/Shanghai) on {@code date}. */
@Schema(name = "PlanOperationRequest")
public record PlanOperationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "春节后凌晨集中执行行动") String name,
        @Size(max = 64) @Schema(description = "Campaign the operation belongs to", example = "淮执·9号")
        String campaignCode,
        @NotNull @InBusinessCalendar @Schema(example = "2023-02-02") LocalDate date,
        @NotBlank @Size(max = 300) @Schema(example = "淮阴区人民法院执行局") String assemblyPlace,
        @DecimalMin("-90") @DecimalMax("90") @Schema(example = "33.631") BigDecimal assemblyLat,
        @DecimalMin("-180") @DecimalMax("180") @Schema(example = "119.025") BigDecimal assemblyLng,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "05:00") LocalTime assemblyTime,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "05:30") LocalTime departureTime,
        @NotBlank @Size(max = 200) @Schema(description = "Commander (user id or name)", example = "director.liu")
        String commander,
        @Schema(description = "Witnesses must be present before the operation may assemble", defaultValue = "false")
        Boolean requiresWitnesses,
        @Min(0) @Max(100) @Schema(description = "How many witnesses at least, when required", example = "5")
        Integer minWitnesses) {
}
