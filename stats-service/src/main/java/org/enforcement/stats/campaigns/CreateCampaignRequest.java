package org.enforcement.stats.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creating a campaign. Court codes are those of case numbers: 甘 (Gansu High Court), 甘06, 甘0602, 苏0804. */
@Schema(name = "CreateCampaignRequest")
public record CreateCampaignRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = CampaignRules.CODE, message = CampaignRules.CODE_MESSAGE)
        @Schema(description = "Unique code, any Unicode except / and control characters", example = "陇原风暴")
        String code,
        @NotBlank @Size(max = 200) @Schema(example = "“陇原风暴”执行专项行动") String name,
        @NotBlank @Size(max = CampaignRules.COURT_MAX_LENGTH)
        @Pattern(regexp = CampaignRules.COURT, message = CampaignRules.COURT_MESSAGE)
        @Schema(example = "甘") String organizingCourt,
        @Size(max = 200) @Schema(description = "Ignored: the court registry names the organizing court",
                example = "甘肃省高级人民法院") String organizingCourtName,
        @NotNull @Schema(description = "HIGH, INTERMEDIATE or BASIC (高级/中级/基层人民法院)", example = "HIGH")
        CampaignLevel level,
        @Size(max = 500) @Schema(description = "Courts taking part, each once (400 when one is listed twice); the"
                + " organizing court always counts as one (it may be listed)",
                example = "[\"甘0602\", \"甘06\"]")
        List<@NotNull @Size(max = CampaignRules.COURT_MAX_LENGTH)
                @Pattern(regexp = CampaignRules.COURT, message = CampaignRules.COURT_MESSAGE) String>
                participatingCourts,
        @NotNull @Schema(example = "2023-04-01") LocalDate startsOn,
        @NotNull @Schema(example = "2023-12-31") LocalDate endsOn,
        @Size(max = 100) List<@NotNull @Valid KeyTaskRequest> keyTasks) {
}
