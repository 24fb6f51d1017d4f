package org.enforcement.stats.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.enforcement.stats.metrics.MetricsQuery;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;

/** Press texts of metrics reports. */
@ApplicationScoped
public class ReportService {

    @Inject
    MetricsService metrics;

    public PressSummary pressSummary(MetricsQuery query) {
        MetricsReport report = metrics.report(query, MetricsService.Period.MONTH);
        return pressSummary(report);
    }

    /** The press text of a report's whole range. */
    public static PressSummary pressSummary(MetricsReport report) {
        Map<String, BigDecimal> total = report.total().metrics();
        return new PressSummary(report.court(), report.campaign(), report.from(), report.to(),
                PressSummaryWriter.text(total), PressSummaryWriter.figures(total));
    }
}
