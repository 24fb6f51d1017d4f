package org.enforcement.stats.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.reports.CampaignWording;
import org.enforcement.stats.reports.ChartLabels;

/**
 * Progress bars as SVG, one block per row so it reads on a phone: its label (wrapped at word boundaries, never
 * inside a number), a track with the part done (capped at the full track, the percentage is not capped), then
 * "actual / target (percent)" in 万/亿 like every public figure and the status in Chinese, coloured by status. The
 * chart is {@link Svg#WIDTH} wide, so its text keeps its size on a 390 px wide screen. Without rows it is the
 * "暂无数据" chart.
 */
public final class ProgressChart {

    static final int WIDTH = Svg.WIDTH;
    static final int TRACK_X = Svg.MARGIN;
    static final int TRACK_WIDTH = Svg.WIDTH - 2 * Svg.MARGIN;
    static final int LABEL_SIZE = Svg.MIN_FONT;
    static final int LINE = 18;
    /** A label longer than this many lines is cut at a word boundary with an ellipsis; the row's title keeps it. */
    static final int MAX_LABEL_LINES = 3;

    static final Map<String, String> STATUS_COLORS = Map.of("ON_TRACK", "#2e86de", "BEHIND", "#e67e22",
            "ACHIEVED", "#27ae60", "MISSED", "#c0392b");

    private ProgressChart() {
    }

    public static String render(String title, List<ProgressRow> rows) {
        if (rows == null || rows.isEmpty()) {
            return Svg.empty(title);
        }
        int top = Svg.below(title, WIDTH);
        int height = top;
        for (ProgressRow row : rows) {
            height += rowHeight(labelLines(row));
        }
        StringBuilder svg = Svg.open(WIDTH, height, title);
        double y = top;
        for (ProgressRow row : rows) {
            List<String> lines = labelLines(row);
            BigDecimal actual = row.actual() == null ? BigDecimal.ZERO : row.actual();
            BigDecimal target = row.target() == null ? BigDecimal.ZERO : row.target();
            String percent = target.signum() > 0
                    ? actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.FLOOR) + "%" : "—";
            double done = target.signum() > 0 && actual.signum() > 0
                    ? Math.min(1.0, actual.divide(target, 4, RoundingMode.HALF_UP).doubleValue()) : 0.0;
            String status = row.status() == null ? "" : row.status();
            String color = STATUS_COLORS.getOrDefault(status, "#7f8c8d");
            String label = row.label() == null ? "" : row.label();
            String figures = ChartLabels.compact(actual) + " / " + ChartLabels.compact(target) + "（" + percent + "）";
            String statusName = CampaignWording.status(status);
            double trackY = y + lines.size() * LINE + 2;
            svg.append("<g class=\"progress\"><title>").append(Svg.escape(label)).append(": ")
                    .append(Svg.escape(figures)).append(' ').append(Svg.escape(statusName)).append("</title>");
            Svg.lines(svg, Svg.MARGIN, y + LABEL_SIZE, "start", "label", LABEL_SIZE, LINE, lines);
            svg.append("<rect class=\"track\" x=\"").append(TRACK_X).append("\" y=\"").append(Svg.num(trackY))
                    .append("\" width=\"").append(TRACK_WIDTH).append("\" height=\"14\" rx=\"3\" fill=\"#ecf0f1\"/>");
            svg.append("<rect class=\"done\" x=\"").append(TRACK_X).append("\" y=\"").append(Svg.num(trackY))
                    .append("\" width=\"").append(Svg.num(TRACK_WIDTH * done)).append("\" height=\"14\" rx=\"3\"")
                    .append(" fill=\"").append(color).append("\"/>");
            Svg.text(svg, TRACK_X, trackY + 14 + LINE, "start", "figures", LABEL_SIZE, Svg.escape(figures));
            Svg.text(svg, TRACK_X + TRACK_WIDTH, trackY + 14 + LINE, "end", "status", LABEL_SIZE,
                    Svg.escape(statusName));
            svg.append("</g>");
            y += rowHeight(lines);
        }
        return Svg.close(svg);
    }

    private static List<String> labelLines(ProgressRow row) {
        return Svg.wrap(row.label() == null ? "" : row.label(), LABEL_SIZE, TRACK_WIDTH, MAX_LABEL_LINES);
    }

    /** Label lines, the track, a line of figures and status, and a gap. */
    private static int rowHeight(List<String> lines) {
        return lines.size() * LINE + 2 + 14 + LINE + 4 + 12;
    }
}
