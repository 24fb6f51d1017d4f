package org.enforcement.stats.publicview;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Server-rendered HTML of the public dashboard: one page, inline styles and SVG, no scripts. */
final class DashboardPage {

    private static final String STYLE = "body{font-family:'PingFang SC','Hiragino Sans GB','Microsoft YaHei',"
            + "'Noto Sans CJK SC',sans-serif;margin:2em auto;max-width:1000px;padding:0 1em;color:#333}"
            + "h1{color:#c0392b}ul.figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:12px}"
            + "ul.figures li{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:140px}"
            + "ul.figures .value{display:block;font-size:1.5em;font-weight:bold}"
            + "p.press{font-size:1.1em;line-height:1.8}figure{margin:1.5em 0}svg{max-width:100%;height:auto}";

    private DashboardPage() {
    }

    static String campaign(PublicCampaignFigures f, String collectionsSvg, String viewersSvg) {
        String code = escape(f.campaign());
        StringBuilder html = head("“" + f.campaign() + "”专项行动执行数据");
        html.append("<h1>“").append(code).append("”专项行动执行数据</h1>")
                .append("<p class=\"span\">统计期间：").append(f.from()).append(" 至 ").append(f.to())
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
                .append("<h2>新闻通稿</h2><p class=\"press\">").append(escape(f.pressSummary())).append("</p>")
                .append("<h2>图表</h2>");
        String path = "/public/campaigns/" + pathSegment(f.campaign()) + "/charts/";
        chart(html, collectionsSvg, path + "collections.svg", "执行到位金额（按月）");
        chart(html, viewersSvg, path + "viewers-by-platform.svg", "各平台直播观看人次");
        html.append("<p><a href=\"/public/dashboard\">全部专项行动</a></p>");
        return tail(html);
    }

    static String index(List<String> campaigns) {
        StringBuilder html = head("专项行动执行数据");
        html.append("<h1>专项行动执行数据</h1>");
        if (campaigns.isEmpty()) {
            html.append("<p>暂无数据</p>");
        } else {
            html.append("<ul class=\"campaigns\">");
            for (String campaign : campaigns) {
                html.append("<li><a href=\"/public/dashboard?campaign=")
                        .append(escape(URLEncoder.encode(campaign, StandardCharsets.UTF_8))).append("\">")
                        .append(escape(campaign)).append("</a></li>");
            }
            html.append("</ul>");
        }
        return tail(html);
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(16384).append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
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
