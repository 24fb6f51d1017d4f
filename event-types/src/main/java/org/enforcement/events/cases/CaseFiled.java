package org.enforcement.events.cases;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A case was registered (立案); the cause is scrubbed of the parties' personal data.")
public record CaseFiled(
        @Schema(example = "(2023)苏0804执1号") String caseNumber,
        @Schema(description = "The case's status after the event", example = "ENFORCING") String status,
        LocalDate filedOn,
        @JsonInclude(NON_NULL) @Schema(description = "Campaign (专项行动) of the case; absent when none")
        String campaignCode,
        String cause,
        BigDecimal principal,
        BigDecimal costs,
        @Schema(description = "principal + costs") BigDecimal owed,
        @Schema(description = "The judgment also orders something other than money") boolean nonMonetary,
        int respondents) implements CaseEvent {
}
