package org.enforcement.cases.casefiles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.commons.problem.Problem;

/** Registering an enforcement case (立案). Money is in yuan with at most 2 decimals. */
@Schema(name = "RegisterCaseRequest")
public record RegisterCaseRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Cause of action (案由)", example = "借款合同纠纷") String cause,
        @NotBlank @Size(max = 200) @Schema(description = "The judgment or other title being enforced (执行依据)",
                example = "(2022)苏0804民初567号民事判决书") String basisDocument,
        @NotNull @PositiveOrZero @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "Principal owed in yuan (0 for a non-monetary obligation)", example = "52000.00")
        BigDecimal principal,
        @PositiveOrZero @Digits(integer = 14, fraction = 2, message = Problem.MONEY_DIGITS)
        @Schema(description = "Costs and interest owed in yuan (default 0)", example = "1300.00") BigDecimal costs,
        @Size(max = 2000) @Schema(description = "An act the respondent must perform, e.g. 腾退交付土地")
        String nonMonetaryObligation,
        @NotBlank @Size(max = 200) @Schema(description = "User id of the enforcement judge in charge",
                example = "judge.chen") String assignedJudge,
        @Schema(description = "Filing date (立案日期), Asia/Shanghai; default today; not in the future nor before"
                + " 1990-01-01. Sets the case number's year.",
                example = "2023-01-10") @InBusinessCalendar LocalDate filedOn,
        @Size(max = 64) @Schema(description = "Campaign the case belongs to (专项行动)", example = "淮执·9号")
        String campaignCode,
        @NotEmpty @Size(max = 50) List<@Valid PartyRequest> applicants,
        @NotEmpty @Size(max = 50) List<@Valid PartyRequest> respondents) {
}
