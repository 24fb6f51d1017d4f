package org.enforcement.operations.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adding staff to an operation, many at once ("50 officers"). */
@Schema(name = "AddParticipantsRequest")
public record AddParticipantsRequest(@NotEmpty @Size(max = 500) List<@Valid NewParticipant> participants) {

    @Schema(name = "NewParticipant")
    public record NewParticipant(
            @NotBlank @Size(max = 200) @Schema(example = "赵警官") String name,
            @Size(max = 200) @Schema(description = "User id, when the person has an account", example = "officer.zhao")
            String userId,
            @NotNull @Schema(example = "OFFICER") ParticipantRole role) {
    }
}
