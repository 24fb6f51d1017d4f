package org.enforcement.stats.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Horizontal progress bars as SVG: per row its label, a track, the part done (capped at the full track, the
 * percentage is not capped), "actual / target (percent)" and the status in Chinese, coloured by status. Without
 * rows it is the "暂无数据" chart.
 */
public final class ProgressChart {

    static final int WIDTH = 720;
    static final int ROW_HEIGHT = 44;
    static final int TOP = 48;
    static final int TRACK_X = 260;
    static final int TRACK_WIDTH = 280;
    static final int LABEL_SIZE = 12;
    /** Labels longer than this many characters are cut with an ellipsis; the full label stays in the row's title. */
    static final int MAX_LABEL = 20;

    static final Map<String, String> STATUS_NAMES = Map.of("ON_TRACK", "按进度推进", "BEHIND", "进度滞后",
            "ACHIEVED", "已完成", "MISSED", "未完成");
    static final Map<String, String> STATUS_COLORS = Map.of("ON_TRACK", "#2e86de", "BEHIND", "#e67e22",
            "ACHIEVED", "#27ae60", "MISSED", "#c0392b");

    private ProgressChart() {
    }

    public static String render(String title, List<ProgressRow> rows) {
        if (rows == null || rows.isEmpty()) {
            return Svg.empty(title, WIDTH, 160);
        }
        int height = TOP + rows.size() * ROW_HEIGHT + 16;
        StringBuilder svg = Svg.open(WIDTH, height, title);
        for (int i = 0; i < rows.size(); i++) {
            ProgressRow row = rows.get(i);
            double y = TOP + i * ROW_HEIGHT;
            BigDecimal actual = row.actual() == null ? BigDecimal.ZERO : row.actual();
            BigDecimal target = row.target() == null ? BigDecimal.ZERO : row.target();
            String percent = target.signum() > 0
                    ? actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.FLOOR) + "%" : "—";
            double done = target.signum() > 0 && actual.signum() > 0
                    ? Math.min(1.0, actual.divide(target, 4, RoundingMode.HALF_UP).doubleValue()) : 0.0;
            String status = row.status() == null ? "" : row.status();
            String color = STATUS_COLORS.getOrDefault(status, "#7f8c8d");
            String label = row.label() == null ? "" : row.label();
            String shownLabel = label.codePointCount(0, label.length()) > MAX_LABEL
                    ? label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…" : label;
            String figures = plain(actual) + " / " + plain(target) + "（" + percent + "）";
            String statusName = STATUS_NAMES.getOrDefault(status, status);
            svg.append("<g class=\"progress\"><title>").append(Svg.escape(label)).append(": ")
                    .append(Svg.escape(figures)).append(' ').append(Svg.escape(statusName)).append("</title>");
            Svg.text(svg, 16, y + 20, "start", "label", LABEL_SIZE, Svg.escape(shownLabel));
            svg.append("<rect class=\"track\" x=\"").append(TRACK_X).append("\" y=\"").append(Svg.num(y + 8))
                    .append("\" width=\"").append(TRACK_WIDTH).append("\" height=\"16\" rx=\"3\" fill=\"#ecf0f1\"/>");
            svg.append("<rect class=\"done\" x=\"").append(TRACK_X).append("\" y=\"").append(Svg.num(y + 8))
                    .append("\" width=\"").append(Svg.num(TRACK_WIDTH * done)).append("\" height=\"16\" rx=\"3\"")
                    .append(" fill=\"").append(color).append("\"/>");
            Svg.text(svg, TRACK_X + TRACK_WIDTH + 8, y + 20, "start", "figures", LABEL_SIZE, Svg.escape(figures));
            Svg.text(svg, TRACK_X, y + 38, "start", "status", 11, Svg.escape(statusName));
            svg.append("</g>");
        }
        return Svg.close(svg);
    }

    /** A status in Chinese (按进度推进, 进度滞后, 已完成, 未完成); any other text as given. */
    public static String statusName(String status) {
        return status == null ? "" : STATUS_NAMES.getOrDefault(status, status);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
