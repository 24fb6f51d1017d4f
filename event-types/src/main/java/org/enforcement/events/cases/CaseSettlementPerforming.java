package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A settlement agreement was signed: the case is performed under it.")
public record CaseSettlementPerforming(
        @Schema(example = "(2023)苏0804执1号") String caseNumber,
        @Schema(description = "The case's status after the event", example = "ENFORCING") String status,
        LocalDate filedOn,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode,
        String fromStatus,
        String toStatus,
        LocalDate signedOn) implements CaseEvent {
}
