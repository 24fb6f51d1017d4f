package org.enforcement.operations.people;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.privacy.Masking;
import org.enforcement.rules.vocabulary.WitnessCapacity;

@Schema(name = "Witness")
public record WitnessResponse(UUID id, String name, WitnessCapacity capacity, @Schema(nullable = true) String organization, @Schema(nullable = true) UUID teamId) {

    /** Court staff read the witness's name; observers and integrators read it masked (王某), as a party's. */
    public static WitnessResponse of(Witness w, boolean asWritten) {
        return new WitnessResponse(w.id, asWritten ? w.name : Masking.personName(w.name), w.capacity,
                w.organization, w.teamId);
    }
}
