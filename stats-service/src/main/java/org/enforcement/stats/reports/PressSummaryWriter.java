package org.enforcement.stats.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.rules.figures.PressSentence;
import org.enforcement.stats.metrics.Metrics;

/**
 * The press text of a report's metrics: picks the figures {@link PressSentence} writes from (the one writer of press
 * sentences, shared with operation-service's operation report).
 */
public final class PressSummaryWriter {

    /** The metrics a press text is written from, in the order of its clauses. */
    public static final List<String> FIGURES = List.of(Metrics.OFFICERS_DEPLOYED, Metrics.OPERATION_TARGETS,
            Metrics.SUMMONED, Metrics.DETAINED, Metrics.COLLECTED, Metrics.COLLECTED_ON_SITE,
            Metrics.CASES_CONCLUDED, Metrics.SETTLEMENTS, Metrics.SETTLEMENTS_ON_SITE, Metrics.STREAMS,
            Metrics.VIEWERS, ChineseLabels.QUESTIONS_ANSWERED);

    static final String NOTHING = PressSentence.NOTHING;

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
        return text(metrics, PressSentence.ACTION);
    }

    /** The text opened by {@code opening} (which ends where the first figure follows, e.g. "…开展以来，共"). */
    public static String text(Map<String, BigDecimal> metrics, String opening) {
        return PressSentence.write(new PressSentence.Figures(metrics.get(Metrics.OFFICERS_DEPLOYED),
                metrics.get(Metrics.OPERATION_TARGETS), metrics.get(Metrics.SUMMONED), metrics.get(Metrics.DETAINED),
                metrics.get(Metrics.COLLECTED), metrics.get(Metrics.COLLECTED_ON_SITE),
                metrics.get(Metrics.CASES_CONCLUDED), metrics.get(Metrics.SETTLEMENTS),
                metrics.get(Metrics.SETTLEMENTS_ON_SITE), metrics.get(Metrics.STREAMS), metrics.get(Metrics.VIEWERS),
                metrics.get(ChineseLabels.QUESTIONS_ANSWERED)), opening);
    }
}
