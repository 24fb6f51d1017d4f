package org.enforcement.rules.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures worded the way courts publish them ("现场执行到位金额30余万元", "观看近100万人次", "欠款金额为5万余元"). The one
 * rule for every published amount and audience, used by every service that writes press text:
 * <ol>
 * <li>Below 1万 the exact figure: "8500人次", "9999.99元" (fen kept, trailing zeros dropped: "6500.5元").</li>
 * <li>近 when the figure is within 5% below the next round figure of its leading digit (the next 1万, 10万,
 * 100万, 1000万, 1亿 ... multiple: 2万, 60万, 300万): 98.6万 → "近100万", 9.9999万 → "近10万", 196万 → "近200万".
 * 近 says "a little less than", so it never overstates.</li>
 * <li>Otherwise the figure cut down to a step: below 100万 to one significant digit (steps of 1万, then 10万), from
 * 100万 to two (steps of 10万, 100万, 1000万 ...). Exactly on a step it is written plainly ("30万", "150万",
 * "1.2亿"); above it with 余, which never understates by a whole step: 32.3万 → "30余万", 251万 → "250余万",
 * 1234.5778万 → "1200余万".</li>
 * <li>Units: 万 below 1亿, then 亿 (at most one decimal). 余 follows a single-digit count and every 亿 figure as courts
 * write it ("5万余", "1亿余", "1.2亿余", "12亿余") and precedes 万 after a count of ten or more ("30余万").</li>
 * </ol>
 * Counts of cases, people and streams are exact whole numbers ({@link #count}). Pure, exact ({@link BigDecimal}).
 */
public final class PublishedFigures {

    static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** How close below the next round figure a figure may be and still be written as 近 that figure. */
    static final BigDecimal NEAR = new BigDecimal("0.95");

    private PublishedFigures() {
    }

    /** An amount of money in yuan: "30余万元", "5万余元", "9999.99元". */
    public static String yuan(BigDecimal amount) {
        return approximate(amount) + "元";
    }

    /** An audience: "近100万人次", "90余万人次", "8500人次". */
    public static String personTimes(BigDecimal viewers) {
        return approximate(viewers) + "人次";
    }

    /** An audience: "近100万人次", "90余万人次", "8500人次". */
    public static String personTimes(long viewers) {
        return personTimes(BigDecimal.valueOf(viewers));
    }

    /** A count, exact and whole: "13". */
    public static String count(BigDecimal count) {
        requireNonNegative(count);
        return count.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A figure without unit by the rule of the class comment: "30余万", "近100万", "8500". */
    public static String approximate(BigDecimal value) {
        return word(value).text();
    }

    /**
     * The figure worded, with what it claims: for "30余万" at least 30万 and less than 40万 (the step), for
     * "近100万" at least 95万 and less than 100万, for "30万" or "8500" exactly that.
     */
    public static Worded word(BigDecimal value) {
        requireNonNegative(value);
        if (value.compareTo(WAN) < 0) {
            return new Worded(plain(value), Kind.EXACT, value, value);
        }
        BigDecimal leading = BigDecimal.TEN.pow(value.setScale(0, RoundingMode.FLOOR).precision() - 1);
        BigDecimal round = floor(value, leading).add(leading);
        if (value.compareTo(round.multiply(NEAR)) >= 0) {
            return new Worded("近" + inUnits(round, false), Kind.NEARLY, round, round);
        }
        BigDecimal step = value.compareTo(MILLION) < 0 ? leading : leading.divide(BigDecimal.TEN);
        BigDecimal floor = floor(value, step);
        if (floor.compareTo(value) == 0) {
            return new Worded(inUnits(floor, false), Kind.EXACT, value, value);
        }
        return new Worded(inUnits(floor, true), Kind.MORE_THAN, floor, step);
    }

    /** How a worded figure relates to the truth. */
    public enum Kind {
        /** The figure itself. */
        EXACT,
        /** 余: at least {@code figure}, less than {@code figure + step}. */
        MORE_THAN,
        /** 近: at least 95% of {@code figure}, less than it. */
        NEARLY
    }

    /**
     * A worded figure: its text, how it relates to the truth, the figure it names and its step (余: the step cut
     * down to; 近 and exact: the figure).
     */
    public record Worded(String text, Kind kind, BigDecimal figure, BigDecimal step) {
    }

    /** The exact number without trailing zeros or separators: "8500", "6500.5". */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static BigDecimal floor(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    /** A multiple of 1万 written in 万 or 亿, with 余 placed as courts write it when {@code more}. */
    private static String inUnits(BigDecimal value, boolean more) {
        if (value.compareTo(YI) >= 0) {
            return plain(value.divide(YI)) + "亿" + (more ? "余" : "");
        }
        BigDecimal wan = value.divide(WAN);
        if (!more) {
            return plain(wan) + "万";
        }
        return wan.compareTo(BigDecimal.TEN) < 0 ? plain(wan) + "万余" : plain(wan) + "余万";
    }

    private static void requireNonNegative(BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("a published figure must be zero or more: " + value);
        }
    }
}
