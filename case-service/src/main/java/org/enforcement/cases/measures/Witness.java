package org.enforcement.cases.measures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.WitnessCapacity;

/** A person who witnesses (见证) a search; stored with the measure. */
@Schema(name = "Witness")
public record Witness(
        @NotBlank @Size(max = 200) @Schema(example = "王某某") String name,
        @NotNull @Schema(example = "PEOPLES_CONGRESS_DEPUTY") WitnessCapacity capacity) {
}
