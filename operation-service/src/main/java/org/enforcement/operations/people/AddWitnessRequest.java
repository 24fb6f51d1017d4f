package org.enforcement.operations.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.WitnessCapacity;

@Schema(name = "AddWitnessRequest")
public record AddWitnessRequest(
        @NotBlank @Size(max = 200) @Schema(example = "周某") String name,
        @NotNull @Schema(example = "DISCIPLINE_INSPECTION") WitnessCapacity capacity,
        @Size(max = 200) @Schema(example = "区纪委监委派驻纪检监察组") String organization) {
}
