package org.enforcement.stats.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.metrics.Metrics;

/**
 * Writes the press text of a set of figures, clause by clause in the order courts report an action: people
 * deployed and sought, coercive measures, money, cases, settlements, then the live stream. A clause is written only
 * when its figure is above zero; counts are exact, money and audiences follow {@link ChineseFigures}.
 */
public final class PressSummaryWriter {

    /** The metrics a press text is written from, in the order of its clauses. */
    public static final List<String> FIGURES = List.of(Metrics.OFFICERS_DEPLOYED, Metrics.OPERATION_TARGETS,
            Metrics.SUMMONED, Metrics.DETAINED, Metrics.COLLECTED_ON_SITE, Metrics.CASES_CONCLUDED,
            Metrics.SETTLEMENTS_ON_SITE, Metrics.STREAMS, Metrics.VIEWERS, ChineseLabels.QUESTIONS_ANSWERED);

    static final String NOTHING = "暂无可发布的执行数据。";

    private PressSummaryWriter() {
    }

    /** The figures of {@link #FIGURES} out of a report's metrics, zero where missing. */
    public static Map<String, BigDecimal> figures(Map<String, BigDecimal> metrics) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String name : FIGURES) {
            figures.put(name, metrics.getOrDefault(name, BigDecimal.ZERO));
        }
        return figures;
    }

    /** The text of one action or period: "此次行动共出动干警50人次，…。" */
    public static String text(Map<String, BigDecimal> metrics) {
        return text(metrics, "此次行动共");
    }

    /** The text opened by {@code opening} (which ends where the first figure follows, e.g. "…开展以来，共"). */
    public static String text(Map<String, BigDecimal> metrics, String opening) {
        List<String> clauses = new ArrayList<>();
        count(clauses, metrics, Metrics.OFFICERS_DEPLOYED, "出动干警", "人次");
        count(clauses, metrics, Metrics.OPERATION_TARGETS, "查找被执行人", "人");
        count(clauses, metrics, Metrics.SUMMONED, "拘传", "人");
        count(clauses, metrics, Metrics.DETAINED, "司法拘留", "人");
        BigDecimal onSite = value(metrics, Metrics.COLLECTED_ON_SITE);
        if (onSite.signum() > 0) {
            clauses.add("现场执行到位金额" + ChineseFigures.yuan(onSite));
        }
        count(clauses, metrics, Metrics.CASES_CONCLUDED, "执结案件", "件");
        count(clauses, metrics, Metrics.SETTLEMENTS_ON_SITE, "达成和解", "件");
        BigDecimal streams = value(metrics, Metrics.STREAMS);
        BigDecimal viewers = value(metrics, Metrics.VIEWERS);
        if (streams.signum() > 0 && viewers.signum() > 0) {
            clauses.add("开展网络直播" + ChineseFigures.count(streams) + "场，观看" + ChineseFigures.personTimes(viewers));
        } else if (streams.signum() > 0) {
            clauses.add("开展网络直播" + ChineseFigures.count(streams) + "场");
        } else if (viewers.signum() > 0) {
            clauses.add("网络直播观看" + ChineseFigures.personTimes(viewers));
        }
        count(clauses, metrics, ChineseLabels.QUESTIONS_ANSWERED, "解答网友提问", "个");
        if (clauses.isEmpty()) {
            return NOTHING;
        }
        return opening + String.join("，", clauses) + "。";
    }

    private static void count(List<String> clauses, Map<String, BigDecimal> metrics, String metric, String before,
                              String unit) {
        BigDecimal value = value(metrics, metric);
        if (value.signum() > 0) {
            clauses.add(before + ChineseFigures.count(value) + unit);
        }
    }

    private static BigDecimal value(Map<String, BigDecimal> metrics, String metric) {
        BigDecimal value = metrics.get(metric);
        return value == null ? BigDecimal.ZERO : value;
    }
}
