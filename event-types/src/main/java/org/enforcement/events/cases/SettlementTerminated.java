package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.events.MayBeNull;

@Schema(description = "The agreement ended unperformed: enforcement resumed, or the case concluded otherwise.")
public record SettlementTerminated(
        String caseNumber,
        UUID settlementId,
        @Schema(description = "The agreement's status after the event") String status,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode,
        @MayBeNull @Schema(description = "Why, scrubbed of the parties' personal data") String reason,
        LocalDate terminatedOn) implements CaseEvent {
}
