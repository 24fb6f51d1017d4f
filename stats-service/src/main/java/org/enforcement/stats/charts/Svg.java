package org.enforcement.stats.charts;

import java.math.BigDecimal;
import java.util.Locale;

/** Writing SVG by hand: the document frame, escaped text and coordinates. */
final class Svg {

    static final String MEDIA_TYPE = "image/svg+xml";
    /** Chinese fonts first (macOS, Windows, Linux), then whatever sans-serif the viewer has; no double quotes. */
    static final String FONTS = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC',"
            + " 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
    static final String NO_DATA = "暂无数据";

    private Svg() {
    }

    /**
     * Opens a document of the given size. The {@code <title>} is the accessible name (SVG-AAM uses the first title
     * child), so no id is needed and several charts can sit inline in one HTML page.
     */
    static StringBuilder open(int width, int height, String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" font-family=\"").append(FONTS).append("\" font-size=\"12\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" fill=\"#ffffff\"/>");
        text(svg, width / 2.0, 24, "middle", "title", 16, escape(title));
        return svg;
    }

    static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    /** A chart without data: the frame, its title and 暂无数据, never an error. */
    static String empty(String title, int width, int height) {
        StringBuilder svg = open(width, height, title);
        text(svg, width / 2.0, height / 2.0, "middle", "no-data", 14, NO_DATA);
        return close(svg);
    }

    /** Appends a text element; {@code escaped} must already be escaped. */
    static void text(StringBuilder svg, double x, double y, String anchor, String cssClass, int size,
                     String escaped) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(size)
                .append("\" fill=\"#333333\">").append(escaped).append("</text>");
    }

    /** XML text and attribute escaping; characters XML 1.0 does not allow are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A coordinate with at most one decimal, always with a dot. */
    static String num(double value) {
        return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }

    /** The display width of text at a font size: CJK characters are square, others about half as wide. */
    static double width(String text, int size) {
        return text.codePoints().mapToDouble(c -> c > 0x2E80 ? size : size * 0.6).sum();
    }
}
