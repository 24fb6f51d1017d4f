package org.enforcement.operations.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.operations.operations.OperationStatus;

/** What an operation achieved, computed from its people, timeline, streams and case-service; never typed in. */
@Schema(name = "OperationReport")
public record OperationReport(
        UUID operationId,
        String name,
        @Schema(example = "淮执·9号") String campaignCode,
        LocalDate date,
        OperationStatus status,
        @Schema(description = "Officers and judges taking part (出动干警)", example = "50") long officersDeployed,
        @Schema(description = "Targets sought (查找被执行人)", example = "26") long targetsSought,
        @Schema(description = "Targets whose debtor was found", example = "21") long debtorsFound,
        @Schema(description = "Debtors brought in by compulsory summons (拘传), as accepted by case-service",
                example = "8") long summoned,
        @Schema(description = "Debtors detained (司法拘留), as accepted by case-service", example = "1")
        long detained,
        @Schema(description = "Yuan paid on the spot (现场执行到位), as accepted by case-service",
                example = "312000.00") BigDecimal collectedOnSite,
        @Schema(description = "The same as courts publish it", example = "30余万元") String collectedOnSitePhrase,
        @Schema(nullable = true, description = "Target cases now concluded in case-service (执结); null when case-service could not be"
                + " asked", example = "13") Long casesConcluded,
        @Schema(description = "Settlement agreements reached (达成和解), as accepted by case-service", example = "4")
        long settlementsReached,
        @Schema(description = "Outcomes (summonses, detentions, payments, settlements, hand-overs) not yet accepted"
                + " by case-service: left out of summoned, detained, collectedOnSite and settlementsReached until"
                + " delivered", example = "0") long outcomesPending,
        @Schema(description = "Outcomes case-service refused (delivery FAILED): left out of the figures until an"
                + " operator has them corrected and retried (GET /api/deliveries?status=FAILED)", example = "0")
        long outcomesRefused,
        @Schema(description = "Live streams of the operation") long streams,
        @Schema(description = "Distinct platforms carrying them") long platforms,
        @Schema(description = "Total views over all streams and platforms", example = "912345") long viewers,
        @Schema(example = "90余万人次") String viewersPhrase,
        @Schema(description = "Figures that could not be computed right now, e.g. casesConcluded")
        List<String> unavailable,
        @Schema(description = "The press sentence of the figures (outcomes accepted by case-service only, the live"
                + " streams and their viewers), worded as stats-service's press text is",
                example = "此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，执结案件13件，达成和解4件，"
                        + "开展网络直播1场，观看90余万人次。")
        String summary) {
}
