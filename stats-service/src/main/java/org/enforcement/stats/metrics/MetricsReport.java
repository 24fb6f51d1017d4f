package org.enforcement.stats.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Metrics and KPIs per period, and over the whole range. */
@Schema(name = "MetricsReport")
public record MetricsReport(
        @Schema(nullable = true, description = "The court reported on; null for every court (integrators only)", example = "苏0804")
        String court,
        @Schema(nullable = true, description = "The campaign reported on; null for all work, campaign or not", example = "淮执·9号")
        String campaign,
        LocalDate from,
        LocalDate to,
        @Schema(enumeration = {"day", "week", "month"}) String period,
        @Schema(description = "One entry per period (weeks start on Monday), oldest first, periods without data"
                + " included") List<PeriodMetrics> periods,
        @Schema(description = "The whole range") PeriodMetrics total) {

    /** The metrics of one period and the KPIs computed from them. */
    @Schema(name = "PeriodMetrics")
    public record PeriodMetrics(
            @Schema(description = "First day of the period (clipped to the range)") LocalDate start,
            @Schema(description = "Last day of the period (clipped to the range)") LocalDate end,
            @Schema(description = "Metric name to value: counts whole, amounts with two decimals. "
                    + MetricGlossary.TEXT)
            Map<String, BigDecimal> metrics,
            Kpis kpis) {
    }

    /** Ratios with four decimals; null when the denominator is zero. */
    @Schema(name = "Kpis")
    public record Kpis(
            @Schema(nullable = true, description = "cases_concluded / cases_filed (结案率)", example = "0.6667") BigDecimal conclusionRate,
            @Schema(nullable = true, description = "collected / owed_filed (实际执结率 by amount)", example = "0.2500")
            BigDecimal actualCollectionRate,
            @Schema(nullable = true, description = "days_to_conclude_sum / cases_concluded", example = "45.5000")
            BigDecimal averageDaysToConclusion,
            @Schema(nullable = true, description = "concluded_TERMINATED_THIS_ROUND / cases_concluded (终本率)", example = "0.5000")
            BigDecimal terminatedThisRoundShare) {
    }
}
