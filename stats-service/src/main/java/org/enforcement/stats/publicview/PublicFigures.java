package org.enforcement.stats.publicview;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcement.stats.campaigns.CampaignCharts;
import org.enforcement.stats.campaigns.CampaignProgressResponse;
import org.enforcement.stats.campaigns.CampaignResponse;
import org.enforcement.stats.campaigns.CampaignService;
import org.enforcement.stats.charts.MetricCharts;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;
import org.enforcement.stats.reports.ChineseLabels;
import org.enforcement.stats.reports.PressSummaryWriter;

/**
 * The public view of a campaign: its totals, press text and charts, from the first to the last day it has figures.
 * A registered campaign counts only its organizing and participating courts within its dates and brings its name,
 * dates and key-task progress; a code nobody registered counts every court's rows with that code over at most
 * five years. Only sums leave here.
 *
 * <p>The reports, the list and the key-task and ranking charts are cached for a short while ({@link
 * PublicFiguresCache}): call them from outside the bean, and do not change what they return.
 */
@ApplicationScoped
public class PublicFigures {

    /**
     * A campaign's monthly report over its whole span and the courts that contributed; for a registered campaign
     * also the campaign and its key-task progress today (both null otherwise).
     */
    public record CampaignReport(MetricsReport monthly, int courts, CampaignResponse campaign,
                                 CampaignProgressResponse progress) {

        boolean registered() {
            return campaign != null;
        }
    }

    /** A campaign on the public list: its code and, when registered, its name and organising court. */
    public record Listed(String code, String name, String organizingCourt) {
    }

    /** How many years of figures the public view of an unregistered code covers at most. */
    static final int UNREGISTERED_YEARS = 5;

    @Inject
    MetricsService metrics;

    @Inject
    CampaignSpans spans;

    @Inject
    CampaignService campaigns;

    @ConfigProperty(name = "stats.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    /**
     * Empty when the code is neither registered nor has figures, or when {@code organiser} (null: any) registered
     * no campaign of the code. 409 ambiguous-campaign when several organisers registered it and none is named.
     * Cached (see {@link PublicFiguresCache}).
     */
    @CacheResult(cacheName = PublicFiguresCache.REPORT)
    public Optional<CampaignReport> report(String campaign, String organiser) {
        Optional<CampaignResponse> registered = campaigns.registered(campaign, organiser);
        if (registered.isEmpty() && organiser != null) {
            return Optional.empty();
        }
        if (registered.isEmpty()) {
            return spans.span(campaign).map(span -> new CampaignReport(
                    metrics.report(null, campaign, unregisteredFrom(span), span.last(), MetricsService.Period.MONTH,
                            false),
                    span.courts(), null, null));
        }
        CampaignResponse c = registered.get();
        List<String> courts = c.participatingCourts();
        Optional<CampaignSpans.Span> span = spans.span(campaign, courts, c.startsOn(), c.endsOn());
        // Without figures yet the report is one empty day, so the page still shows the campaign and its tasks.
        LocalDate from = span.map(CampaignSpans.Span::first).orElse(c.startsOn());
        LocalDate to = span.map(CampaignSpans.Span::last).orElse(c.startsOn());
        CampaignProgressResponse progress = campaigns.registeredProgress(campaign, c.organizingCourt(), today())
                .orElseThrow();
        return Optional.of(new CampaignReport(metrics.report(courts, campaign, from, to, MetricsService.Period.MONTH),
                span.map(CampaignSpans.Span::courts).orElse(0), c, progress));
    }

    /** Registered campaigns (latest start first), then the other codes that have figures (sorted). Cached. */
    @CacheResult(cacheName = PublicFiguresCache.LIST)
    public List<Listed> campaigns() {
        List<Listed> listed = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CampaignResponse c : campaigns.registeredCampaigns()) {
            if (listed.size() < CampaignSpans.MAX_CAMPAIGNS) {
                seen.add(c.code());
                listed.add(new Listed(c.code(), c.name(), c.organizingCourt()));
            }
        }
        for (String code : spans.campaigns()) {
            if (listed.size() < CampaignSpans.MAX_CAMPAIGNS && seen.add(code)) {
                listed.add(new Listed(code, null, null));
            }
        }
        return listed;
    }

    static PublicCampaignFigures figures(String campaign, CampaignReport report) {
        MetricsReport monthly = report.monthly();
        Map<String, BigDecimal> total = monthly.total().metrics();
        long platforms = total.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ChineseLabels.VIEWERS_ON) && e.getValue().signum() > 0).count();
        CampaignResponse c = report.campaign();
        List<PublicCampaignFigures.KeyTaskFigures> tasks = null;
        if (report.registered()) {
            tasks = report.progress().keyTasks().stream().map(t -> new PublicCampaignFigures.KeyTaskFigures(
                    t.number(), t.title(), t.cadence(), t.deadline(), t.target(), t.actual(), t.percent(),
                    t.status())).toList();
        }
        return new PublicCampaignFigures(campaign, report.registered(),
                c == null ? null : c.name(), c == null ? null : c.organizingCourt(),
                c == null ? null : c.organizingCourtName(), c == null ? null : c.level(),
                c == null ? null : c.startsOn(), c == null ? null : c.endsOn(),
                monthly.from(), monthly.to(), report.courts(),
                count(total, Metrics.OFFICERS_DEPLOYED), count(total, Metrics.OPERATION_TARGETS),
                count(total, Metrics.SUMMONED), count(total, Metrics.DETAINED),
                money(total, Metrics.COLLECTED_ON_SITE), money(total, Metrics.COLLECTED),
                count(total, Metrics.CASES_CONCLUDED), count(total, Metrics.SETTLEMENTS),
                count(total, Metrics.SETTLEMENTS_ON_SITE), count(total, Metrics.STREAMS),
                count(total, Metrics.VIEWERS), platforms, pressText(campaign, c == null ? null : c.name(), total),
                report.registered() ? report.progress().asOf() : null, tasks);
    }

    /**
     * "“淮执·9号”专项行动开展以来，共…" for a code; a registered campaign opens with its name, which courts write as
     * "“陇原风暴”执行专项行动" (a name without 行动 is quoted and called a 专项行动, as for a bare code).
     */
    static String pressText(String campaign, String name, Map<String, BigDecimal> total) {
        String subject;
        if (name == null) {
            subject = "“" + campaign + "”专项行动";
        } else {
            subject = name.contains("行动") ? name : "“" + name + "”专项行动";
        }
        return PressSummaryWriter.text(total, subject + "开展以来，共");
    }

    public String collectionsChart(String campaign, CampaignReport report) {
        return MetricCharts.collections(report.monthly(), title(campaign, report));
    }

    public String viewersChart(String campaign, CampaignReport report) {
        return MetricCharts.viewersByPlatform(report.monthly(), title(campaign, report));
    }

    /** The key tasks' progress today; empty when no campaign is registered under the code. Cached. */
    @CacheResult(cacheName = PublicFiguresCache.KEY_TASKS_CHART)
    public Optional<String> keyTasksChart(String campaign, String organiser) {
        return campaigns.registeredProgress(campaign, organiser, today()).map(CampaignCharts::progress);
    }

    /** The registered campaign's courts ranked by {@code metric} over its dates; empty when not registered. Cached. */
    @CacheResult(cacheName = PublicFiguresCache.RANKING_CHART)
    public Optional<String> rankingChart(String campaign, String organiser, String metric) {
        return campaigns.registered(campaign, organiser).flatMap(c -> campaigns.registeredRanking(campaign,
                c.organizingCourt(), metric).map(ranking -> CampaignCharts.ranking(c.name(), ranking)));
    }

    /**
     * Where the public figures of a code nobody registered start: its first day with figures, but no more than
     * {@link #UNREGISTERED_YEARS} years before its last, so one unauthenticated request stays a bounded query and
     * its monthly chart stays readable whatever dates the cases carry.
     */
    static LocalDate unregisteredFrom(CampaignSpans.Span span) {
        LocalDate earliest = span.last().minusYears(UNREGISTERED_YEARS).plusDays(1);
        return span.first().isBefore(earliest) ? earliest : span.first();
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }

    private static String title(String campaign, CampaignReport report) {
        return report.registered() ? report.campaign().name() : campaign;
    }

    private static long count(Map<String, BigDecimal> total, String metric) {
        return total.getOrDefault(metric, BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal money(Map<String, BigDecimal> total, String metric) {
        return total.getOrDefault(metric, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
