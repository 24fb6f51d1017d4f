package org.enforcement.stats.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A bar chart as SVG, bars stacked one under the other so it reads on a phone: per entry its label (wrapped, never
 * inside a number), under it a bar scaled to the largest value and the value written after the bar. The chart is
 * {@link Svg#WIDTH} wide whatever the number of bars (they add height, not width), so its text is never scaled down
 * below its font size on a 390 px wide screen. Negative values are drawn as empty bars (the label still shows the
 * value). Without bars, or when every bar is zero, it is the "暂无数据" chart.
 */
public final class BarChart {

    static final int LABEL_SIZE = Svg.MIN_FONT;
    static final int LINE = 18;
    static final int BAR_HEIGHT = 16;
    static final int ROW_GAP = 12;
    /** A label longer than this many lines is cut with an ellipsis; the full label stays in the bar's title. */
    static final int LABEL_LINES = 2;
    static final String COLOR = "#c0392b";

    private BarChart() {
    }

    public static String render(String title, List<Bar> bars) {
        BigDecimal max = bars.stream().map(Bar::value).filter(v -> v != null && v.signum() > 0)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (bars.isEmpty() || max.signum() == 0) {
            return Svg.empty(title);
        }
        int width = Svg.WIDTH;
        double inner = width - 2.0 * Svg.MARGIN;
        // Room after the longest bar for the widest value label.
        double valueRoom = bars.stream().mapToDouble(b -> Svg.width(b.valueLabel() == null ? "" : b.valueLabel(),
                LABEL_SIZE)).max().orElse(0) + 6;
        double plotWidth = inner - valueRoom;
        int top = Svg.below(title, width);
        int height = top;
        for (Bar bar : bars) {
            height += rowHeight(labelLines(bar, inner));
        }
        height += 4;
        StringBuilder svg = Svg.open(width, height, title);
        double y = top;
        for (Bar bar : bars) {
            List<String> lines = labelLines(bar, inner);
            BigDecimal value = bar.value() == null || bar.value().signum() < 0 ? BigDecimal.ZERO : bar.value();
            double length = value.multiply(BigDecimal.valueOf(plotWidth)).divide(max, 1, RoundingMode.HALF_UP)
                    .doubleValue();
            double barTop = y + lines.size() * LINE + 2;
            String label = Svg.escape(bar.label());
            String valueLabel = Svg.escape(bar.valueLabel());
            svg.append("<g class=\"bar\"><title>").append(label).append(": ").append(valueLabel).append("</title>");
            Svg.lines(svg, Svg.MARGIN, y + LABEL_SIZE, "start", "label", LABEL_SIZE, LINE, lines);
            svg.append("<rect class=\"bar\" x=\"").append(Svg.MARGIN).append("\" y=\"").append(Svg.num(barTop))
                    .append("\" width=\"").append(Svg.num(length)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(COLOR).append("\"/>");
            Svg.text(svg, Svg.MARGIN + length + 6, barTop + BAR_HEIGHT - 3, "start", "value", LABEL_SIZE,
                    valueLabel);
            svg.append("</g>");
            y += rowHeight(lines);
        }
        return Svg.close(svg);
    }

    private static List<String> labelLines(Bar bar, double inner) {
        return Svg.wrap(bar.label() == null ? "" : bar.label(), LABEL_SIZE, inner, LABEL_LINES);
    }

    private static int rowHeight(List<String> lines) {
        return lines.size() * LINE + 2 + BAR_HEIGHT + ROW_GAP;
    }
}
