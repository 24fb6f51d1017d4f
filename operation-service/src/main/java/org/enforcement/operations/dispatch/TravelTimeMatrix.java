package org.enforcement.operations.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Travel minutes supplied by the court (路程时间), replacing distance estimates for the legs it lists. A leg given
 * in one direction only is used for both.
 */
@Schema(name = "TravelTimeMatrix")
public record TravelTimeMatrix(
        @NotNull @Size(max = TravelTimeMatrix.MAX_ENTRIES) List<@NotNull @Valid Entry> entries) {

    /** Enough for every leg among 300 targets. */
    public static final int MAX_ENTRIES = 90_300;

    @Schema(name = "TravelTimeEntry")
    public record Entry(
            @NotBlank @Size(max = 36)
            @Pattern(regexp = "ASSEMBLY|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                    message = "must be ASSEMBLY or a target id")
            @Schema(description = "ASSEMBLY (the assembly point) or a target id", example = "ASSEMBLY") String from,
            @NotNull @Schema(description = "A target id") UUID to,
            @NotNull @Min(0) @Max(1440) @Schema(description = "Travel minutes", example = "19") Integer minutes) {
    }
}
