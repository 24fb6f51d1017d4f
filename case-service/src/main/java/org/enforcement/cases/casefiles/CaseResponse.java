package org.enforcement.cases.casefiles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enforcement case with what is owed, paid and outstanding. */
// Only id is sure to be in a listed case: `fields` on GET /api/cases selects the others.
@Schema(name = "Case", requiredProperties = "id")
public record CaseResponse(
        UUID id,
        @Schema(example = "(2023)苏0804执1234号") String caseNumber,
        @Schema(example = "苏0804") String court,
        CaseStatus status,
        @Schema(nullable = true) ConclusionType conclusionType,
        @Schema(example = "借款合同纠纷") String cause,
        String basisDocument,
        @Schema(example = "52000.00") BigDecimal principal,
        @Schema(example = "1300.00") BigDecimal costs,
        @Schema(description = "principal + costs", example = "53300.00") BigDecimal owed,
        @Schema(description = "Sum of payments net of reversals", example = "20000.00") BigDecimal paid,
        @Schema(description = "owed − paid, never below 0", example = "33300.00") BigDecimal outstanding,
        @Schema(description = "Paid out to applicants (approved disbursements)", example = "0.00") BigDecimal disbursed,
        @Schema(nullable = true) String nonMonetaryObligation,
        @Schema(example = "judge.chen") String assignedJudge,
        @Schema(example = "淮执·9号") String campaignCode,
        LocalDate filedOn,
        @Schema(nullable = true) Instant concludedAt,
        List<PartyResponse> applicants,
        List<PartyResponse> respondents,
        @Schema(description = "Same value as the ETag header") long version) {

    /**
     * Without full personal data (observers, integrators) the free text typed on the case, cause, basis document
     * and non-monetary obligation ("被执行人秦大山腾退位于…的房屋"), passes the case's scrubber too.
     */
    public static CaseResponse of(Case c, boolean fullPersonalData) {
        Ledger money = c.ledger();
        BigDecimal outstanding = money.outstanding();
        UnaryOperator<String> text = fullPersonalData ? UnaryOperator.identity() : CaseText.scrubberOf(c)::scrub;
        return new CaseResponse(c.id, c.caseNumber, c.court, c.status, c.conclusionType, text.apply(c.cause),
                text.apply(c.basisDocument), c.principal, c.costs, c.owed(), money.paid(), outstanding,
                money.disbursed(), text.apply(c.nonMonetaryObligation), c.assignedJudge, c.campaignCode, c.filedOn, c.concludedAt,
                c.applicants().stream().map(p -> PartyResponse.of(p, fullPersonalData)).toList(),
                c.respondents().stream().map(p -> PartyResponse.of(p, fullPersonalData)).toList(),
                c.version);
    }
}
