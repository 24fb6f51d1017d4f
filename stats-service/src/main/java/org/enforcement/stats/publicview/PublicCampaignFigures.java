package org.enforcement.stats.publicview;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign's published totals over all participating courts: aggregates only, nothing about a person or case. */
@Schema(name = "PublicCampaignFigures")
public record PublicCampaignFigures(
        @Schema(example = "淮执·9号") String campaign,
        @Schema(description = "First day with a figure") LocalDate from,
        @Schema(description = "Last day with a figure") LocalDate to,
        @Schema(description = "Number of courts with figures", example = "1") int courts,
        @Schema(description = "出动干警人次", example = "50") long officersDeployed,
        @Schema(description = "查找被执行人 (targets of the operations)", example = "26") long debtorsSought,
        @Schema(description = "拘传", example = "8") long summoned,
        @Schema(description = "司法拘留", example = "1") long detained,
        @Schema(description = "现场执行到位金额 (yuan)", example = "305000.00") BigDecimal collectedOnSite,
        @Schema(description = "执行到位金额 in total (yuan)", example = "1250000.00") BigDecimal collected,
        @Schema(description = "执结案件", example = "13") long casesConcluded,
        @Schema(description = "执行和解 (all settlement agreements)", example = "6") long settlements,
        @Schema(description = "现场达成和解", example = "4") long settlementsOnSite,
        @Schema(description = "网络直播场次", example = "2") long streams,
        @Schema(description = "观看人次", example = "985000") long viewers,
        @Schema(description = "Platforms with viewers (viewers_on_* above zero)", example = "2") long platforms,
        @Schema(description = "The press text of the whole campaign") String pressSummary) {
}
