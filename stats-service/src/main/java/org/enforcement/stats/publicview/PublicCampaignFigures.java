package org.enforcement.stats.publicview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.stats.campaigns.Cadence;
import org.enforcement.stats.campaigns.CampaignLevel;
import org.enforcement.stats.campaigns.ProgressStatus;

/**
 * A published campaign's totals: aggregates only, nothing about a person or case. Only its organizing and
 * participating courts count; its name, dates and key-task progress come with them.
 */
@Schema(name = "PublicCampaignFigures")
public record PublicCampaignFigures(
        @Schema(example = "淮执·9号") String campaign,
        @Schema(description = "Always true: only a published campaign is public (kept for older clients)")
        boolean registered,
        @Schema(example = "“陇原风暴”执行专项行动") String name,
        @Schema(example = "甘") String organizingCourt,
        @Schema(example = "甘肃省高级人民法院") String organizingCourtName,
        CampaignLevel level,
        @Schema(example = "2023-04-01") LocalDate startsOn,
        @Schema(example = "2023-12-31") LocalDate endsOn,
        @Schema(description = "First day with a figure (without figures yet: its startsOn)")
        LocalDate from,
        @Schema(description = "Last day with a figure (without figures yet: its startsOn)")
        LocalDate to,
        @Schema(description = "Number of courts with figures so far (see participatingCourts for the campaign's"
                + " courts)", example = "1") int courts,
        @Schema(description = "Number of the campaign's courts: its organizing court and every participating court,"
                + " figures or not (参与法院)", example = "3") int participatingCourts,
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
        @Schema(description = "The press text of the whole campaign") String pressSummary,
        @Schema(description = "The day the key tasks are judged: today (Asia/Shanghai), never after endsOn: once the"
                + " campaign has ended it is endsOn and the key tasks show their final state")
        LocalDate progressAsOf,
        @Schema(description = "Whether the campaign has ended (today is after endsOn): its figures and key tasks are"
                + " final (已结束)") boolean ended,
        @Schema(description = "The key tasks' progress by number (as getCampaignProgress judges them)")
        List<KeyTaskFigures> keyTasks) {

    /** A key task's progress: sums only. */
    @Schema(name = "PublicKeyTaskFigures")
    public record KeyTaskFigures(
            @Schema(example = "1") int number,
            @Schema(example = "集中清理执行积案") String title,
            Cadence cadence,
            LocalDate deadline,
            @Schema(description = "For the whole task (TOTAL) or each month (MONTHLY)", example = "1000")
            BigDecimal target,
            @Schema(description = "Counted from startsOn to the earlier of today and the deadline (MONTHLY: the"
                    + " months summed)", example = "180") BigDecimal actual,
            @Schema(description = "TOTAL: actual / target x 100; MONTHLY: share of finished months that met the"
                    + " target x 100 (null before a month has finished)", example = "18.00") BigDecimal percent,
            ProgressStatus status) {
    }
}
