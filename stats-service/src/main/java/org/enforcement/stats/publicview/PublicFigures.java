package org.enforcement.stats.publicview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcement.stats.charts.MetricCharts;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;
import org.enforcement.stats.reports.ChineseLabels;
import org.enforcement.stats.reports.PressSummaryWriter;

/**
 * The public view of a campaign: its totals across courts, press text and charts, from the first to the last day
 * it has figures. Only sums leave here.
 */
@ApplicationScoped
public class PublicFigures {

    /** A campaign's monthly report over its whole span, and the courts that contributed. */
    public record CampaignReport(MetricsReport monthly, int courts) {
    }

    @Inject
    MetricsService metrics;

    @Inject
    CampaignSpans spans;

    // Attribution is by campaign code over every court for now; filtering to the campaign's participating courts
    // waits for the campaigns feature.
    public Optional<CampaignReport> report(String campaign) {
        return spans.span(campaign).map(span -> new CampaignReport(
                metrics.report(null, campaign, span.first(), span.last(), MetricsService.Period.MONTH, false),
                span.courts()));
    }

    public Optional<PublicCampaignFigures> figures(String campaign) {
        return report(campaign).map(report -> figures(campaign, report));
    }

    public List<String> campaigns() {
        return spans.campaigns();
    }

    static PublicCampaignFigures figures(String campaign, CampaignReport report) {
        MetricsReport monthly = report.monthly();
        Map<String, BigDecimal> total = monthly.total().metrics();
        long platforms = total.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ChineseLabels.VIEWERS_ON) && e.getValue().signum() > 0).count();
        return new PublicCampaignFigures(campaign, monthly.from(), monthly.to(), report.courts(),
                count(total, Metrics.OFFICERS_DEPLOYED), count(total, Metrics.OPERATION_TARGETS),
                count(total, Metrics.SUMMONED), count(total, Metrics.DETAINED),
                money(total, Metrics.COLLECTED_ON_SITE), money(total, Metrics.COLLECTED),
                count(total, Metrics.CASES_CONCLUDED), count(total, Metrics.SETTLEMENTS),
                count(total, Metrics.SETTLEMENTS_ON_SITE), count(total, Metrics.STREAMS),
                count(total, Metrics.VIEWERS), platforms, pressText(campaign, total));
    }

    static String pressText(String campaign, Map<String, BigDecimal> total) {
        return PressSummaryWriter.text(total, "“" + campaign + "”专项行动开展以来，共");
    }

    public String collectionsChart(String campaign, CampaignReport report) {
        return MetricCharts.collections(report.monthly(), campaign);
    }

    public String viewersChart(String campaign, CampaignReport report) {
        return MetricCharts.viewersByPlatform(report.monthly(), campaign);
    }

    private static long count(Map<String, BigDecimal> total, String metric) {
        return total.getOrDefault(metric, BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal money(Map<String, BigDecimal> total, String metric) {
        return total.getOrDefault(metric, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
