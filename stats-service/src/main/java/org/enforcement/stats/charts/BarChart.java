package org.enforcement.stats.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A vertical bar chart as SVG: one bar per entry, its label below the axis and its value above it, scaled to the
 * largest value. Negative values are drawn as empty bars (the label still shows the value). Without bars, or when
 * every bar is zero, it is the "暂无数据" chart.
 */
public final class BarChart {

    static final int HEIGHT = 320;
    static final int PLOT_TOP = 56;
    static final int PLOT_BOTTOM = 260;
    static final int MARGIN = 24;
    static final int MIN_SLOT = 56;
    static final int LABEL_SIZE = 12;
    static final String COLOR = "#c0392b";

    private BarChart() {
    }

    public static String render(String title, List<Bar> bars) {
        BigDecimal max = bars.stream().map(Bar::value).filter(v -> v != null && v.signum() > 0)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (bars.isEmpty() || max.signum() == 0) {
            return Svg.empty(title, 480, HEIGHT);
        }
        // Each slot is wide enough for its label, so Chinese platform names do not overlap.
        int slot = MIN_SLOT;
        for (Bar bar : bars) {
            slot = Math.max(slot, (int) Math.ceil(Svg.width(bar.label(), LABEL_SIZE)) + 12);
        }
        int width = Math.max(480, 2 * MARGIN + slot * bars.size());
        StringBuilder svg = Svg.open(width, HEIGHT, title);
        double plotHeight = PLOT_BOTTOM - PLOT_TOP;
        svg.append("<line class=\"axis\" x1=\"").append(MARGIN).append("\" y1=\"").append(PLOT_BOTTOM)
                .append("\" x2=\"").append(width - MARGIN).append("\" y2=\"").append(PLOT_BOTTOM)
                .append("\" stroke=\"#999999\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            BigDecimal value = bar.value() == null || bar.value().signum() < 0 ? BigDecimal.ZERO : bar.value();
            double height = value.multiply(BigDecimal.valueOf(plotHeight)).divide(max, 1, RoundingMode.HALF_UP)
                    .doubleValue();
            double x = MARGIN + i * slot + slot * 0.15;
            double barWidth = slot * 0.7;
            double center = MARGIN + i * slot + slot / 2.0;
            String label = Svg.escape(bar.label());
            String valueLabel = Svg.escape(bar.valueLabel());
            svg.append("<g class=\"bar\"><title>").append(label).append(": ").append(valueLabel).append("</title>")
                    .append("<rect class=\"bar\" x=\"").append(Svg.num(x)).append("\" y=\"")
                    .append(Svg.num(PLOT_BOTTOM - height)).append("\" width=\"").append(Svg.num(barWidth))
                    .append("\" height=\"").append(Svg.num(height)).append("\" fill=\"").append(COLOR).append("\"/>");
            Svg.text(svg, center, PLOT_BOTTOM - height - 6, "middle", "value", LABEL_SIZE, valueLabel);
            Svg.text(svg, center, PLOT_BOTTOM + 18, "middle", "label", LABEL_SIZE, label);
            svg.append("</g>");
        }
        return Svg.close(svg);
    }
}
