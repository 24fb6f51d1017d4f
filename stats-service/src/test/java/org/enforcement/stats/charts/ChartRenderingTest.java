package org.enforcement.stats.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.charts.SvgParsing.elements;
import static org.enforcement.stats.charts.SvgParsing.parse;
import static org.enforcement.stats.charts.SvgParsing.texts;
import static org.enforcement.stats.charts.SvgParsing.title;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG renderers, read back with a real XML parser. */
class ChartRenderingTest {

    @Test
    void shouldDrawOneScaledBarPerEntry() {
        String svg = BarChart.render("执行到位金额", List.of(
                new Bar("2023-02", new BigDecimal("305000.00"), "30.5万"),
                new Bar("2023-03", new BigDecimal("0.00"), "0"),
                new Bar("2023-04", new BigDecimal("152500.00"), "15.3万")));
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
        assertThat(root.getAttribute("font-family")).contains("Noto Sans CJK SC").contains("Microsoft YaHei")
                .endsWith("sans-serif");
        assertThat(title(doc)).isEqualTo("执行到位金额");
        List<Element> bars = elements(doc, "rect", "bar");
        assertThat(bars).hasSize(3);
        assertThat(texts(doc, "text", "label")).containsExactly("2023-02", "2023-03", "2023-04");
        assertThat(texts(doc, "text", "value")).containsExactly("30.5万", "0", "15.3万");
        // Bars stacked one under the other: their lengths are to scale.
        double longest = Double.parseDouble(bars.get(0).getAttribute("width"));
        assertThat(longest).isPositive();
        assertThat(Double.parseDouble(bars.get(1).getAttribute("width"))).isZero();
        assertThat(Double.parseDouble(bars.get(2).getAttribute("width"))).isEqualTo(longest / 2);
        assertThat(Double.parseDouble(bars.get(1).getAttribute("y")))
                .isGreaterThan(Double.parseDouble(bars.get(0).getAttribute("y")));
    }

    @Test
    void shouldEscapeMarkupInLabelsAndTitles() {
        String svg = BarChart.render("<b>A&B</b> \"专项\"", List.of(new Bar("<script>&抖音", BigDecimal.TEN, "10>9")));
        Document doc = parse(svg);
        assertThat(title(doc)).isEqualTo("<b>A&B</b> \"专项\"");
        assertThat(texts(doc, "text", "label")).containsExactly("<script>&抖音");
        assertThat(texts(doc, "text", "value")).containsExactly("10>9");
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>");
    }

    @Test
    void shouldDrawNoDataInsteadOfFailing() {
        for (String svg : List.of(BarChart.render("观看人次", List.of()),
                BarChart.render("观看人次", List.of(new Bar("抖音", BigDecimal.ZERO, "0"))),
                ProgressChart.render("重点工作", List.of()))) {
            Document doc = parse(svg);
            assertThat(elements(doc, "rect", "bar")).isEmpty();
            assertThat(texts(doc, "text", "no-data")).containsExactly("暂无数据");
            assertThat(doc.getDocumentElement().getAttribute("viewBox")).isNotBlank();
        }
    }

    @Test
    void shouldDrawProgressRowsWithChineseStatus() {
        String svg = ProgressChart.render("“陇原风暴”重点工作进度", List.of(
                new ProgressRow("集中清理执行积案", new BigDecimal("250"), new BigDecimal("1000"), "BEHIND"),
                new ProgressRow("直播<每月>2场 & 8个平台", new BigDecimal("3"), new BigDecimal("2"), "ACHIEVED"),
                new ProgressRow("无目标", BigDecimal.ZERO, BigDecimal.ZERO, "SOMETHING_NEW")));
        Document doc = parse(svg);
        assertThat(title(doc)).isEqualTo("“陇原风暴”重点工作进度");
        assertThat(texts(doc, "text", "label")).containsExactly("集中清理执行积案", "直播<每月>2场 & 8个平台", "无目标");
        assertThat(texts(doc, "text", "figures")).containsExactly("250 / 1000（25%）", "3 / 2（150%）", "0 / 0（—）");
        // From 1万 in 万 and 亿, like every public figure.
        assertThat(texts(parse(ProgressChart.render("进度", List.of(new ProgressRow("执行到位金额",
                new BigDecimal("320000.00"), new BigDecimal("300000000"), "BEHIND")))), "text", "figures"))
                .containsExactly("32万 / 3亿（0%）");
        assertThat(texts(doc, "text", "status")).containsExactly("进度滞后", "已完成", "SOMETHING_NEW");
        List<Element> done = elements(doc, "rect", "done");
        double track = Double.parseDouble(elements(doc, "rect", "track").get(0).getAttribute("width"));
        assertThat(Double.parseDouble(done.get(0).getAttribute("width"))).isEqualTo(track / 4);
        // Over the target: the bar stops at the end of the track.
        assertThat(Double.parseDouble(done.get(1).getAttribute("width"))).isEqualTo(track);
        assertThat(Double.parseDouble(done.get(2).getAttribute("width"))).isZero();
        assertThat(done.get(0).getAttribute("fill")).isNotEqualTo(done.get(1).getAttribute("fill"));
    }

    @Test
    void shouldWrapLongLabelsAtWordBoundariesNeverInsideANumber() {
        String label = "12. “直击执行现场”直播每月不少于2.5场、8个平台同步进行，执行到位金额不少于1,250.75万元";
        Document doc = parse(ProgressChart.render("进度", List.of(
                new ProgressRow(label, BigDecimal.ONE, BigDecimal.TEN, "ON_TRACK"))));
        Element text = elements(doc, "text", "label").get(0);
        List<String> lines = lines(text);
        // Wrapped, nothing lost: the lines are the label.
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(label);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i - 1) + "|" + lines.get(i)).as("no line break inside a number")
                    .doesNotContainPattern("[0-9.,]\\|[0-9.,]");
        }
        for (String number : List.of("2.5场", "8个", "1,250.75万")) {
            assertThat(lines).anySatisfy(line -> assertThat(line).contains(number));
        }
        assertThat(lines).allSatisfy(line -> assertThat(Svg.width(line.strip(), ProgressChart.LABEL_SIZE))
                .isLessThanOrEqualTo(ProgressChart.TRACK_WIDTH));
        assertThat(texts(doc, "title", null)).anySatisfy(t -> assertThat(t).contains(label));
    }

    @Test
    void shouldCutATooLongLabelAfterAWholeWordAndKeepItInTheTitle() {
        String label = "执行到位金额不少于2.5亿元".repeat(8);
        Document doc = parse(ProgressChart.render("进度", List.of(
                new ProgressRow(label, BigDecimal.ONE, BigDecimal.TEN, "ON_TRACK"))));
        List<String> lines = lines(elements(doc, "text", "label").get(0));
        assertThat(lines).hasSize(ProgressChart.MAX_LABEL_LINES);
        String shown = String.join("", lines);
        assertThat(shown).endsWith("…");
        String kept = shown.substring(0, shown.length() - 1);
        assertThat(label).startsWith(kept);
        // Cut between words: never "2.…" or "2…".
        assertThat(kept).doesNotMatch(".*[0-9.]$");
        assertThat(texts(doc, "title", null)).anySatisfy(t -> assertThat(t).contains(label));
    }

    /** Every chart fits a phone: 360 user units wide and no text under 13, so at 390 px none is under 12 px. */
    @Test
    void shouldKeepEveryTextLegibleOnAPhoneWhateverTheData() {
        List<Bar> courts = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            courts.add(new Bar("甘肃省武威市凉州区人民法院第" + i + "执行团队", BigDecimal.valueOf(1_000_000L * (i + 1)),
                    "1.2亿"));
        }
        for (String svg : List.of(BarChart.render("“陇原风暴”执行专项行动 各法院执行到位金额（元）", courts),
                ProgressChart.render("“陇原风暴”执行专项行动 重点工作完成情况（已结束，截至2023-12-31）", List.of(
                        new ProgressRow("12. “直击执行现场”直播每月不少于2场", BigDecimal.ONE, BigDecimal.TEN, "MISSED"))),
                BarChart.render("观看人次", List.of()))) {
            Document doc = parse(svg);
            Element root = doc.getDocumentElement();
            double viewBoxWidth = Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]);
            double shownWidth = Math.min(Double.parseDouble(root.getAttribute("width")), 390 - 2 * 12);
            double scale = shownWidth / viewBoxWidth;
            assertThat(Integer.parseInt(root.getAttribute("font-size")) * scale).isGreaterThanOrEqualTo(12);
            for (Element text : elements(doc, "text", null)) {
                assertThat(Integer.parseInt(text.getAttribute("font-size")) * scale)
                        .as("rendered size of %s", text.getTextContent()).isGreaterThanOrEqualTo(12);
                for (String line : lines(text)) {
                    double x = Double.parseDouble(text.getAttribute("x"));
                    double w = Svg.width(line.strip(), Integer.parseInt(text.getAttribute("font-size")));
                    double left = switch (text.getAttribute("text-anchor")) {
                        case "middle" -> x - w / 2;
                        case "end" -> x - w;
                        default -> x;
                    };
                    assertThat(left).as("%s starts inside the chart", line).isGreaterThanOrEqualTo(0);
                    assertThat(left + w).as("%s ends inside the chart", line).isLessThanOrEqualTo(viewBoxWidth);
                }
            }
        }
    }

    /** The lines of a text element: its tspans, or its content when it has none. */
    static List<String> lines(Element text) {
        org.w3c.dom.NodeList spans = text.getElementsByTagNameNS(SvgParsing.SVG, "tspan");
        if (spans.getLength() == 0) {
            return List.of(text.getTextContent());
        }
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            lines.add(spans.item(i).getTextContent());
        }
        return lines;
    }

    @Test
    void shouldDropCharactersXmlCannotHold() {
        Document doc = parse(BarChart.render("a\u0001b", List.of(new Bar("c\u0000d", BigDecimal.ONE, "1"))));
        assertThat(title(doc)).isEqualTo("ab");
        assertThat(texts(doc, "text", "label")).containsExactly("cd");
    }
}
