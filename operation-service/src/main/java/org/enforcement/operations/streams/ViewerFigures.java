package org.enforcement.operations.streams;

/**
 * Viewer totals in the words courts publish them ("直播累计观看90余万人次"). Pure and exact (whole numbers only).
 *
 * <p>Rules, for a total {@code n} of views (人次):
 * <ol>
 *   <li>{@code n < 10,000}: the exact number, "{@code 9800人次}".</li>
 *   <li>Otherwise let the <em>unit</em> be the place value of n's leading digit (10,000 for 12,345; 100,000 for
 *       912,345; 1,000,000 for 1,020,000), {@code floor} n rounded down to that unit and {@code next = floor + unit}
 *       (the next round figure: 2万, 10万, 50万, 100万, 1亿 ...).</li>
 *   <li>n is itself round ({@code n == floor}): said exactly, "{@code 90万人次}", "{@code 100万人次}".</li>
 *   <li>n is within 5% below {@code next} ({@code n >= 0.95 × next}): "近" + next, e.g. 985,000 → "{@code 近100万人次}",
 *       96,000 → "{@code 近10万人次}".</li>
 *   <li>else "余" after {@code floor}: 912,345 → "{@code 90余万人次}", 1,020,000 → "{@code 100余万人次}". When the
 *       figure before the unit is a single digit, 余 follows the unit as usual in Chinese: 12,000 →
 *       "{@code 1万余人次}".</li>
 * </ol>
 * Figures of at least 1亿 (100,000,000) are counted in 亿 ("{@code 近1亿人次}", "{@code 1亿余人次}"), smaller ones in 万.
 * "约" is never used: "近" always means slightly less than the figure, "余" always more, so neither overstates.
 */
public final class ViewerFigures {

    static final long WAN = 10_000L;
    static final long YI = 100_000_000L;
    /** The largest total this formatter takes (far beyond any platform's count). */
    public static final long MAX = 999_999_999_999_999_999L;

    private ViewerFigures() {
    }

    /** The published phrase for {@code total} views, e.g. "90余万人次". */
    public static String phrase(long total) {
        return approximate(total) + "人次";
    }

    /**
     * The figure alone, by the same rules, for any unit: "90余万", "近100万", "9800". Money reads "30余万" + "元".
     */
    public static String approximate(long total) {
        if (total < 0 || total > MAX) {
            throw new IllegalArgumentException("A total must be between 0 and " + MAX + ": " + total);
        }
        if (total < WAN) {
            return Long.toString(total);
        }
        long unit = leadingUnit(total);
        long floor = total / unit * unit;
        if (floor == total) {
            return round(total, false);
        }
        long next = floor + unit; // a multiple of 10,000, so next / 20 is exact
        if (total >= next - next / 20) {
            return "近" + round(next, false);
        }
        return round(floor, true);
    }

    /** The place value of the leading digit: 10,000 for 12,345, 100,000 for 912,345. */
    static long leadingUnit(long n) {
        long unit = 1;
        while (unit <= n / 10) {
            unit *= 10;
        }
        return unit;
    }

    /** A round figure (a multiple of 10,000) in 万 or 亿, with 余 placed the Chinese way when {@code more}. */
    private static String round(long value, boolean more) {
        boolean yi = value >= YI && value % YI == 0;
        long count = value / (yi ? YI : WAN);
        String unit = yi ? "亿" : "万";
        if (!more) {
            return count + unit;
        }
        return count >= 10 ? count + "余" + unit : count + unit + "余";
    }
}
