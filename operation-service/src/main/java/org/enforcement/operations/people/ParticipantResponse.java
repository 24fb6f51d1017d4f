package org.enforcement.operations.people;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participant")
public record ParticipantResponse(UUID id, String name, @Schema(nullable = true) String userId, ParticipantRole role, @Schema(nullable = true) UUID teamId) {

    public static ParticipantResponse of(Participant p) {
        return new ParticipantResponse(p.id, p.name, p.userId, p.role, p.teamId);
    }
}
