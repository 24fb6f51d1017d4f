package org.enforcement.operations.people;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.WitnessCapacity;

@Schema(name = "Witness")
public record WitnessResponse(UUID id, String name, WitnessCapacity capacity, String organization, UUID teamId) {

    public static WitnessResponse of(Witness w) {
        return new WitnessResponse(w.id, w.name, w.capacity, w.organization, w.teamId);
    }
}
