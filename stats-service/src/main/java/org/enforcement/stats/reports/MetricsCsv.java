package org.enforcement.stats.reports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsReport;

/**
 * A metrics report as CSV for Excel and WPS: UTF-8 with a byte order mark (without it both read Chinese as GBK),
 * CRLF line ends, RFC 4180 quoting. One row per period, then a 合计 row for the whole range.
 *
 * <p>Columns, always in this order: 期间 (day "2023-03-01", week "2023年第10周" (ISO week), month "2023-03", 合计),
 * 开始日期, 结束日期, 法院 (the code, 全部 for every court), 法院名称 (the registry's full name, 全部 for every court),
 * 专项行动 (全部 for all work); then every metric of
 * {@link Metrics#ALL} in that order under its Chinese name (amounts with two decimals, counts whole); then the KPIs
 * 执结率, 实际执行到位率, 平均执结用时（天）, 终本率 (four decimals, empty when not computable); then any further
 * metrics the report holds (per-platform audiences...), sorted by metric name.
 */
public final class MetricsCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String CRLF = "\r\n";
    static final String ALL = "全部";
    static final String TOTAL = "合计";

    private record Kpi(String header, Function<MetricsReport.Kpis, BigDecimal> value) {
    }

    private static final List<Kpi> KPIS = List.of(
            new Kpi("执结率", MetricsReport.Kpis::conclusionRate),
            new Kpi("实际执行到位率", MetricsReport.Kpis::actualCollectionRate),
            new Kpi("平均执结用时（天）", MetricsReport.Kpis::averageDaysToConclusion),
            new Kpi("终本率", MetricsReport.Kpis::terminatedThisRoundShare));

    private MetricsCsv() {
    }

    /** The file name offered for download: ASCII only, so no header encoding is needed. */
    public static String fileName(MetricsReport report) {
        return "metrics-" + report.from() + "-" + report.to() + ".csv";
    }

    /** {@code courtName}: the full name of the report's court (null for every court). */
    public static byte[] write(MetricsReport report, String courtName) {
        List<String> metrics = new ArrayList<>(Metrics.ALL);
        TreeSet<String> extras = new TreeSet<>();
        for (MetricsReport.PeriodMetrics period : report.periods()) {
            extras.addAll(period.metrics().keySet());
        }
        extras.addAll(report.total().metrics().keySet());
        extras.removeAll(metrics);

        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("期间", "开始日期", "结束日期", "法院", "法院名称", "专项行动"));
        metrics.forEach(m -> header.add(ChineseLabels.metric(m)));
        KPIS.forEach(k -> header.add(k.header()));
        extras.forEach(m -> header.add(ChineseLabels.metric(m)));
        line(csv, header);
        for (MetricsReport.PeriodMetrics period : report.periods()) {
            line(csv, row(report, courtName, label(report.period(), period.start()), period, metrics, extras));
        }
        line(csv, row(report, courtName, TOTAL, report.total(), metrics, extras));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> row(MetricsReport report, String courtName, String label,
                                    MetricsReport.PeriodMetrics period, List<String> metrics, TreeSet<String> extras) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        cells.add(period.start().toString());
        cells.add(period.end().toString());
        cells.add(text(report.court() == null ? ALL : report.court()));
        cells.add(text(report.court() == null || courtName == null ? ALL : courtName));
        cells.add(text(report.campaign() == null ? ALL : report.campaign()));
        for (String metric : metrics) {
            cells.add(number(metric, period.metrics().get(metric)));
        }
        for (Kpi kpi : KPIS) {
            BigDecimal value = kpi.value().apply(period.kpis());
            cells.add(value == null ? "" : value.setScale(4, RoundingMode.HALF_UP).toPlainString());
        }
        for (String metric : extras) {
            cells.add(number(metric, period.metrics().get(metric)));
        }
        return cells;
    }

    static String label(String period, LocalDate start) {
        return switch (period) {
            case "week" -> start.get(IsoFields.WEEK_BASED_YEAR) + "年第" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    + "周";
            case "month" -> start.toString().substring(0, 7);
            default -> start.toString();
        };
    }

    private static String number(String metric, BigDecimal value) {
        BigDecimal shown = value == null ? BigDecimal.ZERO : value;
        // The report already holds counts whole and amounts with two decimals; zero fills a missing metric.
        return Metrics.MONEY.contains(metric) ? shown.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : shown.toPlainString();
    }

    /** Court and campaign codes come from users: a leading = + - @ would make a spreadsheet run a formula. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append(CRLF);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
