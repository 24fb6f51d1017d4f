package org.enforcement.stats.reports;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.enforcement.rules.vocabulary.MeasureType;
import org.enforcement.rules.vocabulary.StreamPlatformKind;
import org.enforcement.stats.metrics.Metrics;

/** The Chinese (zh-CN) names of metrics, KPIs and live-stream platforms, as shown in exports and charts. */
public final class ChineseLabels {

    /** Prefix of the per-platform audience metrics, e.g. {@code viewers_on_DOUYIN}. */
    public static final String VIEWERS_ON = "viewers_on_";
    /** Prefix of the streams counted by number of platforms carrying them, e.g. {@code streams_platforms_8}. */
    public static final String STREAMS_PLATFORMS = "streams_platforms_";
    public static final String PLATFORMS = "platforms";
    public static final String QUESTIONS_ANSWERED = "questions_answered";

    /** The platforms' Chinese names, as operation-service records the streams (one vocabulary, domain-rules). */
    static final Map<String, String> PLATFORM_NAMES = Arrays.stream(StreamPlatformKind.values())
            .collect(Collectors.toUnmodifiableMap(StreamPlatformKind::name, StreamPlatformKind::label));

    static final Map<String, String> METRIC_NAMES = Map.ofEntries(
            Map.entry(Metrics.CASES_FILED, "立案数"),
            Map.entry(Metrics.OWED_FILED, "立案标的金额（元）"),
            Map.entry(Metrics.CASES_CONCLUDED, "执结数"),
            Map.entry(Metrics.CONCLUDED_FULLY_PERFORMED, "执行完毕数"),
            Map.entry(Metrics.CONCLUDED_SETTLEMENT_PERFORMED, "和解履行完毕数"),
            Map.entry(Metrics.CONCLUDED_TERMINATED_THIS_ROUND, "终结本次执行程序数"),
            Map.entry(Metrics.CONCLUDED_TERMINATED, "终结执行数"),
            Map.entry(Metrics.DAYS_TO_CONCLUDE_SUM, "执结用时合计（天）"),
            Map.entry(Metrics.CASES_RESUMED, "恢复执行数"),
            Map.entry(Metrics.COLLECTED, "执行到位金额（元）"),
            Map.entry(Metrics.DISBURSED, "发放案款金额（元）"),
            Map.entry(Metrics.SETTLEMENTS, "执行和解数"),
            Map.entry(Metrics.SETTLED_TOTAL, "和解金额（元）"),
            Map.entry(Metrics.INSTALLMENTS_MISSED, "逾期未履行分期数"),
            Map.entry(Metrics.MEASURES_ORDERED, "执行措施数"),
            Map.entry(Metrics.OPERATIONS, "集中执行行动数"),
            Map.entry(Metrics.OFFICERS_DEPLOYED, "出动干警人次"),
            Map.entry(Metrics.OPERATION_TARGETS, "查找被执行人数"),
            Map.entry(Metrics.WITNESSES, "见证人数"),
            Map.entry(Metrics.DEBTORS_FOUND, "找到被执行人数"),
            Map.entry(Metrics.SUMMONED, "拘传人数"),
            Map.entry(Metrics.DETAINED, "司法拘留人数"),
            Map.entry(Metrics.PAID_ON_SITE, "现场履行人数"),
            Map.entry(Metrics.COLLECTED_ON_SITE, "现场执行到位金额（元）"),
            Map.entry(Metrics.SETTLEMENTS_ON_SITE, "现场达成和解数"),
            Map.entry(Metrics.STREAMS, "网络直播场次"),
            Map.entry(Metrics.VIEWERS, "观看人次"),
            Map.entry(PLATFORMS, "直播平台数"),
            Map.entry(Metrics.STREAM_PLATFORMS, "直播平台场次（各场直播的平台数之和）"),
            Map.entry(QUESTIONS_ANSWERED, "解答网友提问数"));

    private ChineseLabels() {
    }

    /** The Chinese name of a platform, or its code when it is not one we know. */
    public static String platform(String code) {
        return PLATFORM_NAMES.getOrDefault(code, code);
    }

    /** The Chinese name of a measure type (搜查, 网络司法拍卖...), or its code when it is not one we know. */
    static String measure(String code) {
        return Arrays.stream(MeasureType.values()).filter(t -> t.name().equals(code)).findFirst()
                .map(MeasureType::chinese).orElse(code);
    }

    /** The Chinese name of a metric; families get the platform or count in brackets; unknown names stay as they are. */
    public static String metric(String name) {
        String known = METRIC_NAMES.get(name);
        if (known != null) {
            return known;
        }
        if (name.startsWith(VIEWERS_ON)) {
            return "观看人次（" + platform(name.substring(VIEWERS_ON.length())) + "）";
        }
        if (name.startsWith(Metrics.MEASURES_ORDERED_PREFIX)) {
            return "执行措施数（" + measure(name.substring(Metrics.MEASURES_ORDERED_PREFIX.length())) + "）";
        }
        if (name.startsWith(Metrics.MEASURES_CARRIED_OUT_PREFIX)) {
            return "执行措施完成数（" + measure(name.substring(Metrics.MEASURES_CARRIED_OUT_PREFIX.length())) + "）";
        }
        if (name.startsWith(Metrics.STREAMS_ON_PREFIX)) {
            return "网络直播场次（" + platform(name.substring(Metrics.STREAMS_ON_PREFIX.length())) + "）";
        }
        if (name.startsWith(STREAMS_PLATFORMS)) {
            return "网络直播场次（" + name.substring(STREAMS_PLATFORMS.length()) + "个平台同步）";
        }
        return name;
    }
}
