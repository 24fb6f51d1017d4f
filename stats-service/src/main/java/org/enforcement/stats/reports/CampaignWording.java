package org.enforcement.stats.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.enforcement.stats.metrics.Metrics;

/**
 * How the published campaign figures are worded, once: the press text's opening, the headline figures with their
 * units, the key-task headings, statuses and cadences, and the charts' titles and captions. The dashboard, the
 * public charts and the staff charts all word a figure through here (metric names: {@link ChineseLabels}; numbers:
 * {@link ChartLabels}; press sentences: {@link PressSummaryWriter}).
 */
public final class CampaignWording {

    /** A headline figure's label and unit, as a card shows it: "出动干警" 50 "人次". */
    public record Headline(String label, String unit) {
    }

    /** The headline figures of a campaign, as the press text names them (执行和解, of which 现场达成和解). */
    static final Map<String, Headline> HEADLINES = Map.ofEntries(
            Map.entry(Metrics.OFFICERS_DEPLOYED, new Headline("出动干警", "人次")),
            Map.entry(Metrics.OPERATION_TARGETS, new Headline("查找被执行人", "人")),
            Map.entry(Metrics.SUMMONED, new Headline("拘传", "人")),
            Map.entry(Metrics.DETAINED, new Headline("司法拘留", "人")),
            Map.entry(Metrics.COLLECTED_ON_SITE, new Headline("现场执行到位金额", "元")),
            Map.entry(Metrics.COLLECTED, new Headline("执行到位金额", "元")),
            Map.entry(Metrics.CASES_CONCLUDED, new Headline("执结案件", "件")),
            Map.entry(Metrics.SETTLEMENTS, new Headline("执行和解", "件")),
            Map.entry(Metrics.SETTLEMENTS_ON_SITE, new Headline("现场达成和解", "件")),
            Map.entry(Metrics.STREAMS, new Headline("网络直播", "场")),
            Map.entry(Metrics.VIEWERS, new Headline("观看", "人次")),
            Map.entry(Metrics.PLATFORMS, new Headline("直播平台", "个")));

    /** Key-task statuses (ProgressStatus) in Chinese. */
    static final Map<String, String> STATUS_NAMES = Map.of("ON_TRACK", "按进度推进", "BEHIND", "进度滞后",
            "ACHIEVED", "已完成", "MISSED", "未完成");

    /** Money collected per month: the chart's title, and the shorter caption the dashboard puts above it. */
    public static final String COLLECTIONS_BY_MONTH = "执行到位金额（元，按月）";
    public static final String COLLECTIONS_BY_MONTH_CAPTION = "执行到位金额（按月）";
    /** Viewers per platform: the chart's title and the dashboard's caption. */
    public static final String VIEWERS_BY_PLATFORM = "各平台直播观看人次";
    /** The key tasks' chart caption on the dashboard. */
    public static final String KEY_TASKS = "重点工作完成情况";

    private CampaignWording() {
    }

    /** The label and unit of a headline figure; the metric's Chinese name and no unit for any other. */
    public static Headline headline(String metric) {
        return HEADLINES.getOrDefault(metric, new Headline(ChineseLabels.metric(metric), ""));
    }

    /**
     * The press text of a campaign: "“淮执·9号”专项行动开展以来，共…" for a code; a registered campaign opens with its
     * name, which courts write as "“陇原风暴”执行专项行动" (a name without 行动 is quoted and called a 专项行动, as for a
     * bare code).
     */
    public static String pressText(String campaign, String name, Map<String, BigDecimal> total) {
        String subject;
        if (name == null) {
            subject = "“" + campaign + "”专项行动";
        } else {
            subject = name.contains("行动") ? name : "“" + name + "”专项行动";
        }
        return PressSummaryWriter.text(total, subject + "开展以来，共");
    }

    /** "重点工作进展（截至2023-06-15）", or once the campaign ended "重点工作完成情况（已结束，截至2023-12-31）". */
    public static String keyTasksHeading(LocalDate asOf, boolean ended) {
        return ended ? "重点工作完成情况（已结束，截至" + asOf + "）" : "重点工作进展（截至" + asOf + "）";
    }

    /** A key-task status in Chinese (按进度推进, 进度滞后, 已完成, 未完成); any other text as given. */
    public static String status(String status) {
        return status == null ? "" : STATUS_NAMES.getOrDefault(status, status);
    }

    /** How a key task is counted, as tabled: 累计, or 每月 with the month shown ("每月（2023-06）"). */
    public static String cadence(boolean monthly, String month) {
        return monthly ? "每月" + (month == null ? "" : "（" + month + "）") : "累计";
    }

    /**
     * A key task as a bar is labelled: "1. 集中清理执行积案", or with the month drawn "12. 【6月】直播": the month without
     * its year keeps the label short (labels wrap over at most three lines); the chart's title gives the day judged.
     */
    public static String keyTaskLabel(int number, String title, String month) {
        return number + ". " + (month == null ? "" : "【" + YearMonth.parse(month).getMonthValue() + "月】") + title;
    }

    /** The ranking chart's title: "<campaign> 各法院执行到位金额（元）". */
    public static String rankingTitle(String campaignName, String metric) {
        return campaignName + " 各法院" + ChineseLabels.metric(metric);
    }

    /** The dashboard's caption above the ranking chart: "各法院执行到位金额". */
    public static String rankingCaption(String metric) {
        return "各法院" + headline(metric).label();
    }

    /** A chart's title: the subject (a campaign or court), then what it shows. */
    public static String chartTitle(String subject, String chart) {
        return subject == null || subject.isBlank() ? chart : subject + " " + chart;
    }
}
