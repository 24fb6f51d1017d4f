package org.enforcement.stats.publicview;

import java.math.BigDecimal;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.reports.ChartLabels;

/**
 * Figures as the public pages show them, the same on cards, tables and bars: {@link ChartLabels#compact} (exact below
 * 1万, then 万 and 亿 with one decimal) followed by the unit: "30.5万元", "93.8万人次", "50人次", "1.2亿元". No wording
 * rule of its own: sentences use PublishedFigures (the press text), everything in a box or a cell uses this.
 */
final class PublicNumbers {

    private PublicNumbers() {
    }

    /** "30.5万元" for 305,000.00 and 元; "8人" for 8 and 人. */
    static String shown(BigDecimal value, String unit) {
        return ChartLabels.compact(value == null ? BigDecimal.ZERO : value) + unit;
    }

    static String shown(long value, String unit) {
        return shown(BigDecimal.valueOf(value), unit);
    }

    /** A key task's target or count: money with 元, other metrics as a bare number (their title names them). */
    static String ofMetric(BigDecimal value, String metric) {
        return shown(value, metric != null && Metrics.MONEY.contains(metric) ? "元" : "");
    }

    /** The exact value for machines ({@code <data value>}): 305000.00, 938400. */
    static String exact(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).toPlainString();
    }
}
