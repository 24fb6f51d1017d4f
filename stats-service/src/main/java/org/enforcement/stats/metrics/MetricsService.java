package org.enforcement.stats.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enforcement.commons.security.Courts;

/** Sums the daily metrics into days, weeks or months and computes the KPIs. */
@ApplicationScoped
public class MetricsService {

    /** How the range is cut. */
    public enum Period {
        DAY, WEEK, MONTH;

        LocalDate startOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }

    static final int KPI_SCALE = 4;

    @Inject
    DailyMetrics dailyMetrics;

    @Inject
    Courts courts;

    /** The report a checked query asks for: a court with the courts under it when the query says so. */
    public MetricsReport report(MetricsQuery query, Period period) {
        if (!query.withCourtsBelow()) {
            return report(query.court(), query.campaign(), query.from(), query.to(), period, query.empty());
        }
        // The courts with figures in the range, kept when they are the court or lie under it in the registry: the
        // hierarchy is the registry's (the Supreme People's Court is above every province), not a code prefix.
        List<String> supervised = dailyMetrics.courtsWithFigures(query.campaign(), query.from(), query.to())
                .stream().filter(c -> c.equals(query.court()) || courts.isWithin(c, query.court())).toList();
        List<DailyMetrics.DayValue> values = supervised.isEmpty() ? List.of()
                : dailyMetrics.sumsOfCourts(supervised, query.campaign(), query.from(), query.to());
        return report(query.court(), query.campaign(), query.from(), query.to(), period, values);
    }

    /**
     * The report of {@code court} ({@code null}: every court) and {@code campaign} ({@code null}: everything);
     * {@code empty} answers zeros without reading, for a court the caller may not see.
     */
    public MetricsReport report(String court, String campaign, LocalDate from, LocalDate to, Period period,
                                boolean empty) {
        List<DailyMetrics.DayValue> values = empty ? List.of() : dailyMetrics.sums(court, campaign, from, to);
        return report(court, campaign, from, to, period, values);
    }

    /** The report of a campaign over its attributed courts only (court null in the answer: several courts). */
    public MetricsReport report(Collection<String> courts, String campaign, LocalDate from, LocalDate to,
                                Period period) {
        return report(null, campaign, from, to, period, dailyMetrics.sumsOfCourts(courts, campaign, from, to));
    }

    private MetricsReport report(String court, String campaign, LocalDate from, LocalDate to, Period period,
                                 List<DailyMetrics.DayValue> values) {
        TreeMap<LocalDate, Map<String, BigDecimal>> byPeriod = new TreeMap<>();
        for (LocalDate start = period.startOf(from); !start.isAfter(to); start = period.next(start)) {
            byPeriod.put(start, new HashMap<>());
        }
        Map<String, BigDecimal> total = new HashMap<>();
        for (DailyMetrics.DayValue value : values) {
            byPeriod.get(period.startOf(value.day())).merge(value.metric(), value.value(), BigDecimal::add);
            total.merge(value.metric(), value.value(), BigDecimal::add);
        }
        List<MetricsReport.PeriodMetrics> periods = new ArrayList<>();
        for (var entry : byPeriod.entrySet()) {
            LocalDate start = entry.getKey().isBefore(from) ? from : entry.getKey();
            LocalDate end = period.next(entry.getKey()).minusDays(1);
            periods.add(periodMetrics(start, end.isAfter(to) ? to : end, entry.getValue()));
        }
        return new MetricsReport(court, campaign, from, to, period.name().toLowerCase(), periods,
                periodMetrics(from, to, total));
    }

    static MetricsReport.PeriodMetrics periodMetrics(LocalDate start, LocalDate end, Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        for (String metric : Metrics.ALL) {
            BigDecimal value = metric.equals(Metrics.PLATFORMS) ? Metrics.platformsOf(sums)
                    : sums.getOrDefault(metric, BigDecimal.ZERO);
            shown.put(metric, shown(metric, value));
        }
        for (var extra : new TreeMap<>(sums).entrySet()) {
            shown.putIfAbsent(extra.getKey(), shown(extra.getKey(), extra.getValue()));
        }
        return new MetricsReport.PeriodMetrics(start, end, shown, kpis(shown));
    }

    /** The KPIs of metric sums, as the reports compute them (for other features' rankings). */
    public static MetricsReport.Kpis kpisOf(Map<String, BigDecimal> sums) {
        return kpis(sums);
    }

    static MetricsReport.Kpis kpis(Map<String, BigDecimal> m) {
        BigDecimal concluded = m.get(Metrics.CASES_CONCLUDED);
        return new MetricsReport.Kpis(
                ratio(concluded, m.get(Metrics.CASES_FILED)),
                ratio(m.get(Metrics.COLLECTED), m.get(Metrics.OWED_FILED)),
                ratio(m.get(Metrics.DAYS_TO_CONCLUDE_SUM), concluded),
                ratio(m.get(Metrics.CONCLUDED_TERMINATED_THIS_ROUND), concluded));
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, KPI_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal shown(String metric, BigDecimal value) {
        return Metrics.MONEY.contains(metric) ? value.setScale(2, RoundingMode.UNNECESSARY)
                : value.setScale(0, RoundingMode.HALF_UP);
    }
}
