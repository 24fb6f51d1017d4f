package org.enforcement.operations.streams;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When, by whom and why content was withdrawn from the public pages; the reason scrubbed for observers. */
@Schema(name = "Withdrawal")
public record WithdrawalView(
        Instant withdrawnAt,
        @Schema(description = "The director's user id") String withdrawnBy,
        @Schema(example = "答复中含当事人电话号码，更正后重新发布") String reason) {

    /** Null while the content is public. */
    static WithdrawalView of(Withdrawal w, boolean scrubbed) {
        if (!Withdrawal.isWithdrawn(w)) {
            return null;
        }
        return new WithdrawalView(w.at, w.by, scrubbed ? PrivacyScrub.text(w.reason) : w.reason);
    }
}
