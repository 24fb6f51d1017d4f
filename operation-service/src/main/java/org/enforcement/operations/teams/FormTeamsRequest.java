package org.enforcement.operations.teams;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Either a number of teams to split everyone into evenly, or the teams spelled out. */
@Schema(name = "FormTeamsRequest")
public record FormTeamsRequest(
        @Min(1) @Max(50) @Schema(description = "Split the people evenly into this many teams", example = "3")
        Integer count,
        @Size(max = 50) @Schema(description = "Explicit teams (instead of count)") List<@Valid TeamRequest> teams) {

    @Schema(name = "TeamRequest")
    public record TeamRequest(
            @Size(max = 100) @Schema(example = "第一组") String name,
            // Far more people than any operation has (the Huaiyin raid: 50 officers), yet a bound on the request.
            @NotEmpty @Size(max = MAX_PEOPLE) List<UUID> participantIds,
            @Size(max = MAX_PEOPLE) List<UUID> witnessIds) {

        static final int MAX_PEOPLE = 1000;
    }
}
