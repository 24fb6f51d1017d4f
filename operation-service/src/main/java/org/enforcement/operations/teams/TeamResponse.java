package org.enforcement.operations.teams;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.operations.people.ParticipantResponse;
import org.enforcement.operations.people.WitnessResponse;

@Schema(name = "Team")
public record TeamResponse(UUID id, int seq, @Schema(example = "第一组") String name,
                           @Schema(description = "Officers in the team") long officers,
                           List<ParticipantResponse> members, List<WitnessResponse> witnesses) {
}
