package org.enforcement.stats.publicview;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcement.rules.BusinessCalendar;
import org.enforcement.stats.campaigns.CampaignCharts;
import org.enforcement.stats.campaigns.CampaignProgressResponse;
import org.enforcement.stats.campaigns.CampaignRanking;
import org.enforcement.stats.campaigns.CampaignRankingResponse;
import org.enforcement.stats.campaigns.CampaignResponse;
import org.enforcement.stats.campaigns.CampaignService;
import org.enforcement.stats.campaigns.KeyTaskProgress;
import org.enforcement.stats.charts.MetricCharts;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;
import org.enforcement.stats.reports.CampaignWording;

/**
 * The public view of a campaign: its totals, press text and charts, from the first to the last day it has figures.
 * Only a campaign its organising court published is public ({@link CampaignService#published}); it counts only its
 * organizing and participating courts within its dates and brings its name, dates and key-task progress. A code
 * nobody published is not public, whatever figures carry it: a code typed on one case would otherwise publish that
 * case's amounts. Only sums leave here.
 *
 * <p>The reports, the list and the key-task and ranking charts are cached for a short while ({@link
 * PublicFiguresCache}): call them from outside the bean, and do not change what they return.
 */
@ApplicationScoped
public class PublicFigures {

    @Inject
    Clock clock;

    /**
     * A published campaign's monthly report over its whole span, the courts that contributed, the campaign and its
     * key-task progress today.
     */
    public record CampaignReport(MetricsReport monthly, int courts, CampaignResponse campaign,
                                 CampaignProgressResponse progress) {
    }

    /** A published campaign's courts ranked by a metric, with the campaign's name for the chart's title. */
    public record CourtRanking(String campaignName, CampaignRankingResponse ranking) {
    }

    /** A campaign on the public list: its code, name and organising court. */
    public record Listed(String code, String name, String organizingCourt) {
    }

    @Inject
    MetricsService metrics;

    @Inject
    CampaignSpans spans;

    @Inject
    CampaignService campaigns;

    @Inject
    KeyTaskProgress keyTasks;

    @Inject
    CampaignRanking rankings;

    /**
     * Empty when no published campaign has the code (of {@code organiser}, when named). 409 ambiguous-campaign when
     * several organisers published one and none is named. Cached (see {@link PublicFiguresCache}).
     */
    @CacheResult(cacheName = PublicFiguresCache.REPORT)
    public Optional<CampaignReport> report(String campaign, String organiser) {
        Optional<CampaignResponse> published = campaigns.published(campaign, organiser);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        CampaignResponse c = published.get();
        List<String> courts = c.participatingCourts();
        Optional<CampaignSpans.Span> span = spans.span(campaign, courts, c.startsOn(), c.endsOn());
        // Without figures yet the report is one empty day, so the page still shows the campaign and its tasks.
        LocalDate from = span.map(CampaignSpans.Span::first).orElse(c.startsOn());
        LocalDate to = span.map(CampaignSpans.Span::last).orElse(c.startsOn());
        CampaignProgressResponse progress = keyTasks.publishedProgress(campaign, c.organizingCourt(), today())
                .orElseThrow();
        return Optional.of(new CampaignReport(metrics.report(courts, campaign, from, to, MetricsService.Period.MONTH),
                span.map(CampaignSpans.Span::courts).orElse(0), c, progress));
    }

    /** Published campaigns, latest start first. Cached. */
    @CacheResult(cacheName = PublicFiguresCache.LIST)
    public List<Listed> campaigns() {
        return campaigns.publishedCampaigns().stream().limit(CampaignSpans.MAX_CAMPAIGNS)
                .map(c -> new Listed(c.code(), c.name(), c.organizingCourt())).toList();
    }

    static PublicCampaignFigures figures(String campaign, CampaignReport report) {
        MetricsReport monthly = report.monthly();
        Map<String, BigDecimal> total = monthly.total().metrics();
        long platforms = count(total, Metrics.PLATFORMS);
        CampaignResponse c = report.campaign();
        List<PublicCampaignFigures.KeyTaskFigures> tasks = report.progress().keyTasks().stream()
                .map(t -> new PublicCampaignFigures.KeyTaskFigures(t.number(), t.title(), t.cadence(), t.deadline(),
                        t.target(), t.actual(), t.percent(), t.status())).toList();
        // Judged after the end, the statuses are final (every deadline is within the campaign): as of its last day.
        boolean ended = CampaignCharts.ended(report.progress(), c.endsOn());
        LocalDate asOf = ended ? c.endsOn() : report.progress().asOf();
        return new PublicCampaignFigures(campaign, true, c.name(), c.organizingCourt(), c.organizingCourtName(),
                c.level(), c.startsOn(), c.endsOn(),
                monthly.from(), monthly.to(), report.courts(), new LinkedHashSet<>(c.participatingCourts()).size(),
                count(total, Metrics.OFFICERS_DEPLOYED), count(total, Metrics.OPERATION_TARGETS),
                count(total, Metrics.SUMMONED), count(total, Metrics.DETAINED),
                money(total, Metrics.COLLECTED_ON_SITE), money(total, Metrics.COLLECTED),
                count(total, Metrics.CASES_CONCLUDED), count(total, Metrics.SETTLEMENTS),
                count(total, Metrics.SETTLEMENTS_ON_SITE), count(total, Metrics.STREAMS),
                count(total, Metrics.VIEWERS), platforms, CampaignWording.pressText(campaign, c.name(), total),
                asOf, ended, tasks);
    }

    public String collectionsChart(String campaign, CampaignReport report) {
        return MetricCharts.collections(report.monthly(), title(campaign, report));
    }

    public String viewersChart(String campaign, CampaignReport report) {
        return MetricCharts.viewersByPlatform(report.monthly(), title(campaign, report));
    }

    /**
     * The key tasks' progress today (after the campaign's end: its final state, titled as of its last day); empty
     * when no campaign of the code is published. Cached.
     */
    @CacheResult(cacheName = PublicFiguresCache.KEY_TASKS_CHART)
    public Optional<String> keyTasksChart(String campaign, String organiser) {
        return campaigns.published(campaign, organiser).flatMap(c -> keyTasks.publishedProgress(campaign,
                c.organizingCourt(), today()).map(progress -> CampaignCharts.progress(progress, c.endsOn())));
    }

    /**
     * The published campaign's courts ranked by {@code metric} over its dates, named as the court registry names
     * them (for the chart and the dashboard's table); empty when none. Cached.
     */
    @CacheResult(cacheName = PublicFiguresCache.RANKING_CHART)
    public Optional<CourtRanking> ranking(String campaign, String organiser, String metric) {
        return campaigns.published(campaign, organiser).flatMap(c -> rankings.publishedRanking(campaign,
                c.organizingCourt(), metric).map(ranking -> new CourtRanking(c.name(), ranking)));
    }

    /** The ranking as a bar chart, one bar per court by its full name. */
    public static String rankingChart(CourtRanking ranking) {
        return CampaignCharts.ranking(ranking.campaignName(), ranking.ranking());
    }

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private static String title(String campaign, CampaignReport report) {
        return report.campaign().name();
    }

    private static long count(Map<String, BigDecimal> total, String metric) {
        return total.getOrDefault(metric, BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal money(Map<String, BigDecimal> total, String metric) {
        return total.getOrDefault(metric, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
