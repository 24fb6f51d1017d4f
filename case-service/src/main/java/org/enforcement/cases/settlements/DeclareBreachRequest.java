package org.enforcement.cases.settlements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A breach found by the judge (e.g. a non-monetary term not kept), beyond missed installments. */
@Schema(name = "DeclareBreachRequest")
public record DeclareBreachRequest(@NotBlank @Size(max = 2000) @Schema(example = "被执行人未按约定交付车辆") String reason) {
}
