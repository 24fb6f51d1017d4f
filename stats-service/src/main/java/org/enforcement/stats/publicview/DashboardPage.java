package org.enforcement.stats.publicview;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enforcement.commons.http.edge.ContentSecurityPolicy;
import org.enforcement.stats.campaigns.Cadence;
import org.enforcement.stats.campaigns.CampaignCharts;
import org.enforcement.stats.campaigns.CampaignLevel;
import org.enforcement.stats.charts.ProgressChart;

/** Server-rendered HTML of the public dashboard: one page, inline styles and SVG, no scripts. */
final class DashboardPage {

    private static final String STYLE = "body{font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei',"
            + "'Noto Sans CJK SC',sans-serif;margin:2em auto;max-width:1000px;padding:0 1em;color:#333}"
            + "h1{color:#c0392b}ul.figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:12px}"
            + "ul.figures li{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:140px}"
            + "ul.figures .value{display:block;font-size:1.5em;font-weight:bold}"
            + "p.press{font-size:1.1em;line-height:1.8}figure{margin:1.5em 0}svg{max-width:100%;height:auto}"
            + "table.key-tasks{border-collapse:collapse}table.key-tasks th,table.key-tasks td{border:1px solid #ddd;"
            + "padding:4px 8px}";

    /** Only this page's own style sheet and its favicon may load (hash of STYLE, so keep both in one place). */
    static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.pageWithInlineStyle(STYLE);

    /** Our own icon (META-INF/resources), so browsers do not ask for a missing /favicon.ico. */
    static final String FAVICON = "/favicon.svg";

    private static final Map<CampaignLevel, String> LEVELS = Map.of(CampaignLevel.HIGH, "高级法院",
            CampaignLevel.INTERMEDIATE, "中级法院", CampaignLevel.BASIC, "基层法院");

    private DashboardPage() {
    }

    /** The charts of a campaign's page; keyTasks and ranking only for a registered campaign (null otherwise). */
    record Charts(String collections, String viewers, String keyTasks, String ranking) {
    }

    static String campaign(PublicCampaignFigures f, Charts charts, List<CampaignCharts.KeyTaskRow> keyTasks) {
        String code = escape(f.campaign());
        StringBuilder html;
        if (f.registered()) {
            html = head(f.name() + " 执行数据");
            html.append("<h1>").append(escape(f.name())).append("</h1>")
                    .append("<p class=\"campaign\">主办法院：").append(escape(organizer(f))).append("（")
                    .append(LEVELS.get(f.level())).append("），行动期间：").append(f.startsOn()).append(" 至 ")
                    .append(f.endsOn()).append("，行动代码：").append(code).append("</p>");
        } else {
            html = head("“" + f.campaign() + "”专项行动执行数据");
            html.append("<h1>“").append(code).append("”专项行动执行数据</h1>");
        }
        html.append("<p class=\"span\">统计期间：").append(f.from()).append(" 至 ").append(f.to())
                .append("，参与法院").append(f.courts()).append("家</p>")
                .append("<ul class=\"figures\">");
        figure(html, "出动干警", f.officersDeployed(), "人次");
        figure(html, "查找被执行人", f.debtorsSought(), "人");
        figure(html, "拘传", f.summoned(), "人");
        figure(html, "司法拘留", f.detained(), "人");
        figure(html, "现场执行到位金额", yuan(f.collectedOnSite()), "元");
        figure(html, "执行到位金额", yuan(f.collected()), "元");
        figure(html, "执结案件", f.casesConcluded(), "件");
        figure(html, "执行和解", f.settlements(), "件");
        figure(html, "网络直播", f.streams(), "场");
        figure(html, "观看", f.viewers(), "人次");
        figure(html, "直播平台", f.platforms(), "个");
        html.append("</ul>")
                .append("<h2>新闻通稿</h2><p class=\"press\">").append(escape(f.pressSummary())).append("</p>");
        String path = "/public/campaigns/" + pathSegment(f.campaign()) + "/charts/";
        // Codes are unique per organiser only: a registered campaign's links name its organiser.
        String organiser = f.registered() ? "organiser=" + queryValue(f.organizingCourt()) : "";
        String query = organiser.isEmpty() ? "" : "?" + organiser;
        if (f.registered()) {
            html.append("<h2>重点工作进展（截至").append(f.progressAsOf()).append("）</h2>");
            chart(html, charts.keyTasks(), path + "key-tasks.svg" + query, "重点工作完成情况");
            keyTaskTable(html, keyTasks);
        }
        html.append("<h2>图表</h2>");
        chart(html, charts.collections(), path + "collections.svg" + query, "执行到位金额（按月）");
        chart(html, charts.viewers(), path + "viewers-by-platform.svg" + query, "各平台直播观看人次");
        if (f.registered()) {
            chart(html, charts.ranking(), path + "ranking.svg?metric=collected&" + organiser, "各法院执行到位金额");
        }
        html.append("<p><a href=\"/public/dashboard\">全部专项行动</a></p>");
        return tail(html);
    }

    /** Number, title, how it is measured, target, done and status in Chinese; MONTHLY rows show their month. */
    private static void keyTaskTable(StringBuilder html, List<CampaignCharts.KeyTaskRow> rows) {
        if (rows.isEmpty()) {
            html.append("<p>暂无重点工作</p>");
            return;
        }
        html.append("<table class=\"key-tasks\"><thead><tr><th>序号</th><th>重点工作</th><th>考核方式</th>")
                .append("<th>目标</th><th>完成</th><th>状态</th></tr></thead><tbody>");
        for (CampaignCharts.KeyTaskRow row : rows) {
            String measure = row.cadence() == Cadence.MONTHLY
                    ? "每月" + (row.month() == null ? "" : "（" + row.month() + "）") : "累计";
            html.append("<tr><td>").append(row.number()).append("</td><td>").append(escape(row.title()))
                    .append("</td><td>").append(measure).append("</td><td>").append(plain(row.target()))
                    .append("</td><td>").append(plain(row.actual())).append("</td><td class=\"status\">")
                    .append(escape(ProgressChart.statusName(row.status().name()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String organizer(PublicCampaignFigures f) {
        return f.organizingCourtName() != null ? f.organizingCourtName() : f.organizingCourt();
    }

    /** A list entry: the name and code of a registered campaign, the code alone otherwise. */
    static String index(List<PublicFigures.Listed> campaigns) {
        StringBuilder html = head("专项行动执行数据");
        html.append("<h1>专项行动执行数据</h1>");
        if (campaigns.isEmpty()) {
            html.append("<p>暂无数据</p>");
        } else {
            html.append("<ul class=\"campaigns\">");
            for (PublicFigures.Listed campaign : campaigns) {
                String href = "/public/dashboard?campaign=" + queryValue(campaign.code())
                        + (campaign.organizingCourt() == null ? ""
                                : "&organiser=" + queryValue(campaign.organizingCourt()));
                html.append("<li><a href=\"").append(escape(href)).append("\">")
                        .append(escape(campaign.name() == null ? campaign.code() : campaign.name())).append("</a>");
                if (campaign.name() != null) {
                    html.append("<span class=\"code\">（").append(escape(campaign.code())).append("）</span>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return tail(html);
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(16384).append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=\"icon\" href=\"").append(FAVICON).append("\" type=\"image/svg+xml\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body>");
    }

    private static String tail(StringBuilder html) {
        return html.append("</body></html>").toString();
    }

    private static void figure(StringBuilder html, String label, Object value, String unit) {
        html.append("<li><span class=\"label\">").append(label).append("</span><span class=\"value\">")
                .append(escape(String.valueOf(value))).append("</span><span class=\"unit\">").append(unit)
                .append("</span></li>");
    }

    /** The chart inline (so the page works offline) with a link to the same chart as a file. */
    private static void chart(StringBuilder html, String svg, String href, String caption) {
        html.append("<figure>").append(svg).append("<figcaption>").append(caption)
                .append("（<a href=\"").append(escape(href)).append("\">SVG</a>）</figcaption></figure>");
    }

    /** An amount with thousands separators and two decimals: 305,000.00. */
    private static String yuan(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** A target or count without trailing zeros: 1000, 300000.5. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Percent-encodes a campaign code for one path segment (URLEncoder writes spaces as +, a path needs %20). */
    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
