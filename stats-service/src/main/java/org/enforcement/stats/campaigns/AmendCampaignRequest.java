package org.enforcement.stats.campaigns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Amending a campaign: its name, dates, participating courts and key tasks are replaced. Code, organizing court and
 * level do not change (fields of that name in the body are ignored, as are createdBy, createdAt and version, so a
 * client may send back the campaign it read; any other field the request does not declare is refused).
 */
@Schema(name = "AmendCampaignRequest")
@JsonIgnoreProperties({"code", "organizingCourt", "organizingCourtName", "level", "createdBy", "createdAt",
        "version"})
public record AmendCampaignRequest(
        @NotBlank @Size(max = 200) @Schema(example = "“陇原风暴”执行专项行动") String name,
        @Size(max = 500) @Schema(description = "Courts taking part, each once (400 when one is listed twice); the"
                + " organizing court always counts as one (it may be listed)",
                example = "[\"甘0602\", \"甘06\", \"甘01\"]")
        List<@NotNull @Size(max = CampaignRules.COURT_MAX_LENGTH)
                @Pattern(regexp = CampaignRules.COURT, message = CampaignRules.COURT_MESSAGE) String>
                participatingCourts,
        @NotNull @Schema(example = "2023-04-01") LocalDate startsOn,
        @NotNull @Schema(example = "2024-01-31") LocalDate endsOn,
        @Size(max = 100) List<@NotNull @Valid KeyTaskRequest> keyTasks) {
}
