package org.enforcement.stats.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.enforcement.rules.figures.PublishedFigures;

/**
 * Short labels for chart axes and bars: below 1万 exact, from 1万 in 万 with one decimal (rounded half up: 305,000 →
 * "30.5万"), from 1亿 in 亿 with one decimal. A label sits next to the drawn bar, so it is rounded rather than cut
 * down; sentences a press office publishes use {@link PublishedFigures} instead.
 */
public final class ChartLabels {

    static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private ChartLabels() {
    }

    /** The label of a value: "8500", "30.5万", "1.2亿", "-30.5万". */
    public static String compact(BigDecimal value) {
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(WAN) < 0) {
            return PublishedFigures.plain(value);
        }
        BigDecimal unit = magnitude.compareTo(YI) < 0 ? WAN : YI;
        String suffix = unit == WAN ? "万" : "亿";
        BigDecimal shown = value.divide(unit, 1, RoundingMode.HALF_UP);
        // 99,999,999 rounds to 10000.0万: write it as 1亿 instead.
        if (unit == WAN && shown.abs().compareTo(WAN) >= 0) {
            return compact(value.signum() < 0 ? YI.negate() : YI);
        }
        return PublishedFigures.plain(shown) + suffix;
    }
}
