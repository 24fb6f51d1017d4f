package org.enforcement.stats.publicview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enforcement.commons.http.edge.ContentSecurityPolicy;
import org.enforcement.stats.campaigns.Cadence;
import org.enforcement.stats.campaigns.CampaignCharts;
import org.enforcement.stats.campaigns.CampaignLevel;
import org.enforcement.stats.campaigns.CampaignRankingResponse;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.reports.CampaignWording;

/**
 * The public dashboard's HTML: Qute templates ({@code templates/DashboardPage/*.html}, escaped by Qute) filled with
 * what they show, worked out here. One inline style sheet allowed by its hash, inline SVG charts, no scripts.
 */
final class DashboardPage {

    /**
     * The pages' only style sheet, here and nowhere else: the layout writes it unchanged ({@code pageStyle.raw}) and
     * the Content-Security-Policy allows exactly it by its hash. Phones first: 12 px side padding, cards two abreast
     * at 390 px, tables that wrap instead of overflowing, charts no wider than the page.
     */
    @TemplateGlobal(name = "pageStyle")
    static final String STYLE = "body{font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei',"
            + "'Noto Sans CJK SC',sans-serif;margin:1.5em auto;max-width:1000px;padding:0 12px;color:#333;"
            + "font-size:16px;line-height:1.6;overflow-wrap:anywhere}"
            + "h1{color:#c0392b;font-size:1.6em;line-height:1.3}h2{font-size:1.25em;margin-top:1.5em}"
            + "ul.figures{list-style:none;padding:0;display:grid;"
            + "grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}"
            + "ul.figures li{border:1px solid #ddd;border-radius:6px;padding:10px 14px}"
            + "ul.figures .label{display:block;color:#555}"
            + "ul.figures .value{display:block;font-size:1.5em;font-weight:bold;white-space:nowrap}"
            + "p.press{font-size:1.1em;line-height:1.8}figure{margin:1.5em 0}"
            + "svg{display:block;max-width:100%;height:auto}figcaption{color:#555}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:4px 6px;"
            + "text-align:left;vertical-align:top}td.number{text-align:right;white-space:nowrap}";

    /** Only this page's own style sheet and its favicon may load (hash of STYLE, so keep both in one place). */
    static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.pageWithInlineStyle(STYLE);

    private static final Map<CampaignLevel, String> LEVELS = Map.of(CampaignLevel.HIGH, "高级法院",
            CampaignLevel.INTERMEDIATE, "中级法院", CampaignLevel.BASIC, "基层法院");

    private DashboardPage() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaign(Campaign page);

        static native TemplateInstance index(List<Listed> campaigns);

        static native TemplateInstance notFound(String code);
    }

    /** The charts of a campaign's page as inline SVG; ranking is null when the campaign has no courts to rank. */
    record Charts(String collections, String viewers, String keyTasks, String ranking) {
    }

    /** A headline figure: its label, as shown ("30.5万元") and exact (305000.00, for {@code <data value>}). */
    public record Card(String label, String shown, String exact) {
    }

    /** An inline chart with its caption and a link to the same chart as a file. */
    public record Chart(String svg, String caption, String href) {
    }

    /** A key task as tabled: "1. 集中清理执行积案", 累计 or 每月（2023-06）, target, done and status in Chinese. */
    public record KeyTaskLine(String task, String measure, String target, String actual, String status) {
    }

    /** A court in the ranking table: its rank, its full name from the court registry and its figure. */
    public record CourtLine(int rank, String name, String value) {
    }

    /** A campaign on the list page: its link, its name (or code) and its code when it has a name. */
    public record Listed(String href, String name, String code) {
    }

    /** Everything a campaign's page shows, in the order it shows it. */
    public record Campaign(String title, String name, String organizer, String level, LocalDate startsOn,
                           LocalDate endsOn, boolean ended, String code, LocalDate from, LocalDate to,
                           int participatingCourts, List<Card> cards, String pressSummary, String keyTasksHeading,
                           Chart keyTasksChart, List<KeyTaskLine> keyTasks, List<Chart> charts, String rankingMetric,
                           List<CourtLine> courts) {
    }

    static String campaign(PublicCampaignFigures f, Charts charts, List<CampaignCharts.KeyTaskRow> keyTasks,
                           CampaignRankingResponse ranking) {
        String path = "/public/campaigns/" + pathSegment(f.campaign()) + "/charts/";
        // Codes are unique per organiser only: the links name the organiser.
        String organiser = "organiser=" + queryValue(f.organizingCourt());
        String heading = CampaignWording.keyTasksHeading(f.progressAsOf(), f.ended());
        List<Chart> shownCharts = new ArrayList<>();
        shownCharts.add(new Chart(charts.collections(), CampaignWording.COLLECTIONS_BY_MONTH_CAPTION, path + "collections.svg?" + organiser));
        shownCharts.add(new Chart(charts.viewers(), CampaignWording.VIEWERS_BY_PLATFORM, path + "viewers-by-platform.svg?" + organiser));
        if (charts.ranking() != null) {
            shownCharts.add(new Chart(charts.ranking(), CampaignWording.rankingCaption(Metrics.COLLECTED),
                    path + "ranking.svg?metric=collected&" + organiser));
        }
        return Templates.campaign(new Campaign(f.name() + " 执行数据", f.name(), organizer(f), LEVELS.get(f.level()),
                f.startsOn(), f.endsOn(), f.ended(), f.campaign(), f.from(), f.to(), f.participatingCourts(),
                cards(f), f.pressSummary(), heading,
                new Chart(charts.keyTasks(), CampaignWording.KEY_TASKS, path + "key-tasks.svg?" + organiser),
                keyTaskLines(keyTasks), shownCharts,
                CampaignWording.headline(Metrics.COLLECTED).label(), courtLines(ranking))).render();
    }

    /**
     * The headline figures, each with its unit the same way (PublicNumbers): 执行和解 and its part 现场达成和解 side by
     * side, as the press text names them ("达成执行和解6件，其中现场达成和解4件").
     */
    static List<Card> cards(PublicCampaignFigures f) {
        return List.of(
                card(Metrics.OFFICERS_DEPLOYED, f.officersDeployed()),
                card(Metrics.OPERATION_TARGETS, f.debtorsSought()),
                card(Metrics.SUMMONED, f.summoned()),
                card(Metrics.DETAINED, f.detained()),
                card(Metrics.COLLECTED_ON_SITE, f.collectedOnSite()),
                card(Metrics.COLLECTED, f.collected()),
                card(Metrics.CASES_CONCLUDED, f.casesConcluded()),
                card(Metrics.SETTLEMENTS, f.settlements()),
                card(Metrics.SETTLEMENTS_ON_SITE, f.settlementsOnSite()),
                card(Metrics.STREAMS, f.streams()),
                card(Metrics.VIEWERS, f.viewers()),
                card(Metrics.PLATFORMS, f.platforms()));
    }

    private static Card card(String metric, long value) {
        return card(metric, BigDecimal.valueOf(value));
    }

    /** Labelled and united as CampaignWording words the figure. */
    private static Card card(String metric, BigDecimal value) {
        CampaignWording.Headline headline = CampaignWording.headline(metric);
        return new Card(headline.label(), PublicNumbers.shown(value, headline.unit()), PublicNumbers.exact(value));
    }

    /** Title with its number, how it is measured, target, done and status in Chinese; MONTHLY rows show their month. */
    private static List<KeyTaskLine> keyTaskLines(List<CampaignCharts.KeyTaskRow> rows) {
        return rows.stream().map(row -> new KeyTaskLine(row.number() + ". " + row.title(),
                CampaignWording.cadence(row.cadence() == Cadence.MONTHLY, row.month()),
                PublicNumbers.ofMetric(row.target(), row.metric()), PublicNumbers.ofMetric(row.actual(), row.metric()),
                CampaignWording.status(row.status().name()))).toList();
    }

    /** The ranked courts by their registry names (the code only for a court the registry does not know). */
    private static List<CourtLine> courtLines(CampaignRankingResponse ranking) {
        if (ranking == null) {
            return List.of();
        }
        return ranking.courts().stream().map(c -> new CourtLine(c.rank(),
                c.courtName() == null ? c.court() : c.courtName(),
                c.value() == null ? "—" : PublicNumbers.ofMetric(c.value(), ranking.metric()))).toList();
    }

    /** The published campaigns with links: the name and code of each (the code alone when it has no name). */
    static String index(List<PublicFigures.Listed> campaigns) {
        return Templates.index(campaigns.stream().map(c -> new Listed("/public/dashboard?campaign="
                + queryValue(c.code())
                + (c.organizingCourt() == null ? "" : "&organiser=" + queryValue(c.organizingCourt())),
                c.name() == null ? c.code() : c.name(), c.name() == null ? null : c.code())).toList()).render();
    }

    /** The 404 page a browser gets for a campaign nobody published under {@code code}. */
    static String notFound(String code) {
        return Templates.notFound(code).render();
    }

    private static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String organizer(PublicCampaignFigures f) {
        return f.organizingCourtName() != null ? f.organizingCourtName() : f.organizingCourt();
    }

    /** Percent-encodes a campaign code for one path segment (URLEncoder writes spaces as +, a path needs %20). */
    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
