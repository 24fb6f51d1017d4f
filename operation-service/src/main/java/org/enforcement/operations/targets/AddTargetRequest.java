package org.enforcement.operations.targets;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case of case-service whose debtor the operation will seek, with where and (optionally) when to arrive. */
@Schema(name = "AddTargetRequest")
public record AddTargetRequest(
        @NotNull @Schema(description = "Case id in case-service") UUID caseId,
        @NotBlank @Size(max = 500) @Schema(example = "淮阴区王营镇某村12号") String address,
        @DecimalMin("-90") @DecimalMax("90") @Schema(example = "33.6402") BigDecimal lat,
        @DecimalMin("-180") @DecimalMax("180") @Schema(example = "119.0511") BigDecimal lng,
        @Schema(type = SchemaType.STRING, description = "Arrive no earlier than (local time)", example = "05:40")
        LocalTime arriveNotBefore,
        @Schema(type = SchemaType.STRING, description = "Arrive no later than, e.g. before the debtor leaves at daybreak",
                example = "06:30") LocalTime arriveNotAfter) {
}
