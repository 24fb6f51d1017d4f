package org.enforcement.stats.charts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsQuery;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;
import org.enforcement.stats.reports.CampaignWording;
import org.enforcement.stats.reports.ChartLabels;
import org.enforcement.stats.reports.ChineseLabels;

/** The charts drawn from metrics: money collected per month, audience per live-stream platform. */
@ApplicationScoped
public class MetricCharts {

    public static final String MEDIA_TYPE = Svg.MEDIA_TYPE;

    @Inject
    MetricsService metrics;

    public String collections(MetricsQuery query) {
        return collections(metrics.report(query, MetricsService.Period.MONTH), subject(query));
    }

    public String viewersByPlatform(MetricsQuery query) {
        return viewersByPlatform(metrics.report(query, MetricsService.Period.MONTH), subject(query));
    }

    /** One bar per month of a monthly report: money collected (执行到位金额), labelled "2023-02", "30.5万". */
    public static String collections(MetricsReport monthly, String subject) {
        List<Bar> bars = new ArrayList<>();
        for (MetricsReport.PeriodMetrics month : monthly.periods()) {
            BigDecimal collected = month.metrics().getOrDefault(Metrics.COLLECTED, BigDecimal.ZERO);
            bars.add(new Bar(month.start().toString().substring(0, 7), collected, ChartLabels.compact(collected)));
        }
        return BarChart.render(CampaignWording.chartTitle(subject, CampaignWording.COLLECTIONS_BY_MONTH), bars);
    }

    /** One bar per platform with an audience (the viewers_on_* metrics), largest first, named in Chinese. */
    public static String viewersByPlatform(MetricsReport report, String subject) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> metric : report.total().metrics().entrySet()) {
            if (metric.getKey().startsWith(ChineseLabels.VIEWERS_ON) && metric.getValue().signum() > 0) {
                String platform = metric.getKey().substring(ChineseLabels.VIEWERS_ON.length());
                bars.add(new Bar(ChineseLabels.platform(platform), metric.getValue(),
                        ChartLabels.compact(metric.getValue())));
            }
        }
        bars.sort(Comparator.comparing(Bar::value).reversed().thenComparing(Bar::label));
        return BarChart.render(CampaignWording.chartTitle(subject, CampaignWording.VIEWERS_BY_PLATFORM), bars);
    }

    private static String subject(MetricsQuery query) {
        return query.campaign() != null ? query.campaign() : query.court();
    }
}
