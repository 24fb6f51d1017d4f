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
        double tallest = Double.parseDouble(bars.get(0).getAttribute("height"));
        assertThat(Double.parseDouble(bars.get(1).getAttribute("height"))).isZero();
        assertThat(Double.parseDouble(bars.get(2).getAttribute("height"))).isEqualTo(tallest / 2);
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
    void shouldCutLongLabelsButKeepThemInTheTitle() {
        String label = "“直击执行现场”直播每月不少于2场、8个平台同步进行并解答网友提问";
        Document doc = parse(ProgressChart.render("进度", List.of(
                new ProgressRow(label, BigDecimal.ONE, BigDecimal.TEN, "ON_TRACK"))));
        String shown = texts(doc, "text", "label").get(0);
        assertThat(shown).endsWith("…").hasSize(ProgressChart.MAX_LABEL);
        assertThat(texts(doc, "title", null)).anySatisfy(t -> assertThat(t).contains(label));
    }

    @Test
    void shouldDropCharactersXmlCannotHold() {
        Document doc = parse(BarChart.render("a\u0001b", List.of(new Bar("c\u0000d", BigDecimal.ONE, "1"))));
        assertThat(title(doc)).isEqualTo("ab");
        assertThat(texts(doc, "text", "label")).containsExactly("cd");
    }
}
