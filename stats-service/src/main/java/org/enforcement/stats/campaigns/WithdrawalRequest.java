package org.enforcement.stats.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a published campaign leaves the public pages; kept on the campaign and in the audit trail. */
@Schema(name = "CampaignWithdrawal")
public record WithdrawalRequest(
        @Schema(example = "重点工作标题含当事人电话，更正后重新发布")
        @NotBlank @Size(max = 500) String reason) {
}
