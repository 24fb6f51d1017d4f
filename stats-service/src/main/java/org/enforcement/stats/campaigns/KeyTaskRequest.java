package org.enforcement.stats.campaigns;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key task as a campaign is created or amended. */
@Schema(name = "KeyTaskRequest")
public record KeyTaskRequest(
        @NotNull @Min(1) @Max(999) @Schema(description = "Unique within the campaign", example = "12")
        Integer number,
        @NotBlank @Size(max = 300) @Schema(example = "“直击执行现场”直播每月不少于2场、8个平台同步") String title,
        @NotBlank @Size(max = 64)
        @Schema(description = "A metric that adds up over days (every metric of getMetrics but platforms)",
                example = "streams")
        String metric,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 2)
        @Schema(description = "For the whole campaign (TOTAL) or each month (MONTHLY); whole for counts",
                example = "2") BigDecimal target,
        @NotNull @Schema(example = "MONTHLY") Cadence cadence,
        @Min(1) @Max(100) @Schema(description = "Only with metric streams: count only streams carried on at least"
                + " this many platforms at once", example = "8") Integer minPlatforms,
        @NotNull @Schema(description = "Between the campaign's startsOn and endsOn", example = "2023-12-31")
        LocalDate deadline,
        @Schema(description = "The task's first day, when it starts later than the campaign (a monthly series from"
                + " August): between the campaign's startsOn and the deadline; omitted or null: the campaign's"
                + " startsOn", example = "2023-08-01", nullable = true)
        LocalDate startsOn) {
}
