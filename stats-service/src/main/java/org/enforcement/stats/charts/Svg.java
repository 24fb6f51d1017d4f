package org.enforcement.stats.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
     * The width every chart is drawn at: a phone's page (390 px less 12 px padding each side) shows it at full size, so
     * {@link #MIN_FONT} user units are at least 12 px on it; a wider screen shows it as it is.
     */
    static final int WIDTH = 360;
    /** Space left and right of the drawing. */
    static final int MARGIN = 12;
    /** The smallest font size any chart uses (user units, shown 1:1 from 360 px of page width up). */
    static final int MIN_FONT = 13;
    static final int TITLE_SIZE = 16;
    static final int TITLE_LINE = 22;
    /** At most this many lines of title; a longer one is cut at a word boundary with an ellipsis. */
    static final int TITLE_LINES = 3;

    /**
     * Opens a document of the given size. The {@code <title>} is the accessible name (SVG-AAM uses the first title
     * child), so no id is needed and several charts can sit inline in one HTML page.
     */
    static StringBuilder open(int width, int height, String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" font-family=\"").append(FONTS).append("\" font-size=\"").append(MIN_FONT)
                .append("\">").append("<title>").append(escape(title)).append("</title>")
                .append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" fill=\"#ffffff\"/>");
        List<String> lines = titleLines(title, width);
        lines(svg, width / 2.0, 24, "middle", "title", TITLE_SIZE, TITLE_LINE, lines);
        return svg;
    }

    /** The title as drawn: wrapped to the width, never inside a number. */
    static List<String> titleLines(String title, int width) {
        return wrap(title == null ? "" : title, TITLE_SIZE, width - 2 * MARGIN, TITLE_LINES);
    }

    /** Where the drawing below the title may start. */
    static int below(String title, int width) {
        return 24 + (titleLines(title, width).size() - 1) * TITLE_LINE + 18;
    }

    static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    /** A chart without data: the frame, its title and 暂无数据, never an error. */
    static String empty(String title) {
        int top = below(title, WIDTH);
        int height = top + 80;
        StringBuilder svg = open(WIDTH, height, title);
        text(svg, WIDTH / 2.0, top + 40, "middle", "no-data", 14, NO_DATA);
        return close(svg);
    }

    /**
     * Appends a text of one or more lines: one line as plain text, several as tspans {@code lineHeight} apart (the
     * text content is the lines joined, so it reads as the whole text). {@code lines} are not escaped yet.
     */
    static void lines(StringBuilder svg, double x, double y, String anchor, String cssClass, int size,
                      int lineHeight, List<String> lines) {
        if (lines.size() <= 1) {
            text(svg, x, y, anchor, cssClass, size, escape(lines.isEmpty() ? "" : lines.get(0)));
            return;
        }
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(size)
                .append("\" fill=\"#333333\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? 0 : lineHeight).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
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

    /** Chinese punctuation that may not start a line (it closes or follows what stands before it). */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’】〕…%‰,.;:!?)]}";
    /** Chinese punctuation that may not end a line (it opens what follows). */
    private static final String NO_LINE_END = "（《「『“‘【〔([{";

    /**
     * Breaks text into lines of at most {@code maxWidth} at {@code size}, at most {@code maxLines}: between Chinese
     * characters or at spaces, never inside a number or a Latin word ("不少于2.5万" may break before 2.5, never in it),
     * never before closing or after opening punctuation, and a number stays with the character after it ("8个平台").
     * Text that needs more lines is cut after the last whole word that fits, with an ellipsis. Joined, the lines are
     * the text (or its cut start); a single word wider than the line stands alone on its line.
     */
    static List<String> wrap(String text, int size, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            if (line.length() > 0 && width(line + token.stripTrailing(), size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(token);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        List<String> last = new ArrayList<>(tokens(kept.get(maxLines - 1)));
        while (!last.isEmpty() && width(String.join("", last).stripTrailing() + "…", size) > maxWidth) {
            last.remove(last.size() - 1);
        }
        kept.set(maxLines - 1, String.join("", last).stripTrailing() + "…");
        return kept;
    }

    /** The pieces a line may break between (see {@link #wrap}). */
    static List<String> tokens(String text) {
        List<String> pieces = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int start = i;
            if (word(cps[i])) {
                while (i < cps.length && (word(cps[i]) || joiner(cps, i))) {
                    i++;
                }
                // A number keeps the character after it: 2场, 8个, 30万.
                if (i < cps.length && Character.isDigit(cps[i - 1]) && cps[i] > 0x2E80
                        && NO_LINE_END.indexOf(cps[i]) < 0) {
                    i++;
                }
            } else {
                i++;
            }
            pieces.add(new String(cps, start, i - start));
        }
        // Glue: closing punctuation and spaces to the piece before, opening punctuation to the piece after.
        List<String> glued = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String piece : pieces) {
            int first = piece.codePointAt(0);
            boolean attachBack = NO_LINE_START.indexOf(first) >= 0 || Character.isWhitespace(first);
            if (attachBack && pending.length() == 0 && !glued.isEmpty()) {
                glued.set(glued.size() - 1, glued.get(glued.size() - 1) + piece);
                continue;
            }
            pending.append(piece);
            if (piece.codePointCount(0, piece.length()) == 1 && NO_LINE_END.indexOf(first) >= 0) {
                continue;
            }
            glued.add(pending.toString());
            pending.setLength(0);
        }
        if (pending.length() > 0) {
            glued.add(pending.toString());
        }
        return glued;
    }

    /** A letter or digit of a Latin word or number (full-width digits too). */
    private static boolean word(int c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c) || c >= 0xFF10 && c <= 0xFF19;
    }

    /** A decimal point, thousands separator, slash or hyphen between two word characters: 2.5, 1,000, 2023-06. */
    private static boolean joiner(int[] cps, int i) {
        int c = cps[i];
        return (c == '.' || c == ',' || c == '/' || c == '-' || c == ':' || c == '．')
                && i > 0 && i + 1 < cps.length && word(cps[i - 1]) && word(cps[i + 1]);
    }
}
