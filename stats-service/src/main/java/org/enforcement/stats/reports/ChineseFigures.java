package org.enforcement.stats.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes figures the way courts publish them ("30余万元", "约100万人次"). One rule for every amount and audience
 * figure, so a published number is never larger than the truth unless it says 约:
 * <ol>
 * <li>Below 1万 the exact number: whole numbers as they are ("8500"), amounts with their fen but without trailing
 * zeros ("6500.50" → "6500.5", "6500.55" stays), no thousands separators.</li>
 * <li>From 1万 the number is cut down to a step: below 100万 to one significant digit (steps of 1万, then 10万),
 * from 100万 to two significant digits (steps of 10万 up to 1000万, of 100万 up to 1亿, of 1000万 up to 10亿...).
 * Exactly on a step it is written plainly ("30万", "100万", "1.2亿"); above a step with 余 ("30余万",
 * "120余万", "1.2亿余").</li>
 * <li>Within 5% below the next step (the shortfall at most 5% of it) it is written as that step with 约:
 * 985,000 → "约100万", 99,999 → "约10万"; 938,000 stays "90余万".</li>
 * <li>From 1亿 the unit is 亿 with at most one decimal; 余 then follows the unit ("1亿余", never "1余亿").</li>
 * </ol>
 * Counts of cases, people and streams are never rounded: {@link #count} writes the exact whole number.
 */
public final class ChineseFigures {

    static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** How close below the next step a figure may be and still be written as 约 that step. */
    static final BigDecimal NEAR = new BigDecimal("0.05");

    private ChineseFigures() {
    }

    /** An amount of money in yuan: "30余万元", "8500元", "6500.5元". */
    public static String yuan(BigDecimal amount) {
        return approximate(amount) + "元";
    }

    /** An audience: "约100万人次", "90余万人次", "8500人次". */
    public static String personTimes(BigDecimal viewers) {
        return approximate(viewers) + "人次";
    }

    /** A count, exact: "13". */
    public static String count(BigDecimal count) {
        requireNonNegative(count);
        return count.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A figure without unit by the rule of the class comment, e.g. "30余万" or "约100万". */
    public static String approximate(BigDecimal value) {
        requireNonNegative(value);
        if (value.compareTo(WAN) < 0) {
            return plain(value);
        }
        BigDecimal step = step(value);
        BigDecimal floor = value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        if (floor.compareTo(value) == 0) {
            return inUnits(floor, "");
        }
        BigDecimal next = floor.add(step);
        if (next.subtract(value).compareTo(next.multiply(NEAR)) <= 0) {
            return "约" + inUnits(next, "");
        }
        return inUnits(floor, "余");
    }

    /**
     * A short label for a chart axis or bar: below 1万 exact ({@link #plain}), from 1万 in 万 with one decimal
     * (rounded half up: 305,000 → "30.5万"), from 1亿 in 亿 with one decimal. Labels sit next to the drawn bar, so
     * they are rounded rather than cut down.
     */
    public static String compact(BigDecimal value) {
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(WAN) < 0) {
            return plain(value);
        }
        BigDecimal unit = magnitude.compareTo(YI) < 0 ? WAN : YI;
        String suffix = unit == WAN ? "万" : "亿";
        BigDecimal shown = value.divide(unit, 1, RoundingMode.HALF_UP);
        // 99,999,999 rounds to 10000.0万: write it as 1亿 instead.
        if (unit == WAN && shown.abs().compareTo(WAN) >= 0) {
            return compact(value.signum() < 0 ? YI.negate() : YI);
        }
        return strip(shown) + suffix;
    }

    /** The exact number without trailing zeros or separators: "8500", "6500.5". */
    public static String plain(BigDecimal value) {
        return strip(value);
    }

    /** The step a figure of this size is cut down to (see the class comment). */
    static BigDecimal step(BigDecimal value) {
        int digits = value.setScale(0, RoundingMode.FLOOR).precision();
        int significant = value.compareTo(MILLION) < 0 ? 1 : 2;
        return BigDecimal.TEN.pow(digits - significant);
    }

    /** A multiple of a step written in 万 or 亿, with 余 placed as the unit requires. */
    private static String inUnits(BigDecimal value, String more) {
        if (value.compareTo(YI) < 0) {
            return strip(value.divide(WAN)) + more + "万";
        }
        return strip(value.divide(YI)) + "亿" + more;
    }

    private static String strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static void requireNonNegative(BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("a published figure must be zero or more: " + value);
        }
    }
}
