package org.enforcement.stats.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The participating courts of a campaign ranked by one metric or KPI. */
@Schema(name = "CampaignRanking")
public record CampaignRankingResponse(
        @Schema(example = "陇原风暴") String code,
        @Schema(example = "collected") String metric,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Highest first; equal values share a rank and the next rank is skipped (1, 1, 3);"
                + " courts with no value (a KPI without denominator) come last") List<CourtRank> courts,
        @Schema(description = "The campaign as a whole: the metric summed over the courts, or the KPI of the sums")
        BigDecimal total) {

    @Schema(name = "CourtRank")
    public record CourtRank(
            @Schema(example = "1") int rank,
            @Schema(example = "甘0602") String court,
            @Schema(description = "The court's full name from the court registry (its code when not registered)",
                    example = "武威市凉州区人民法院") String courtName,
            @Schema(nullable = true, description = "Zero when the court has no figures; null for a KPI without denominator",
                    example = "300000.00") BigDecimal value) {
    }
}
