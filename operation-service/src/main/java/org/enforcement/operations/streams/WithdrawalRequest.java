package org.enforcement.operations.streams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why public content leaves the public pages; kept with it and in the audit trail. */
@Schema(name = "PublicContentWithdrawal")
public record WithdrawalRequest(
        @Schema(example = "答复中含当事人电话号码，更正后重新发布") @NotBlank @Size(max = 500) String reason) {
}
