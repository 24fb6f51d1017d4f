package org.enforcement.stats.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enforcement.stats.campaigns.CampaignProgressResponse.MonthProgress;
import org.enforcement.stats.campaigns.CampaignProgressResponse.MonthStatus;
import org.enforcement.stats.campaigns.CampaignProgressResponse.TaskProgress;
import org.enforcement.stats.metrics.Metrics;

/**
 * Judges a key task on a day from the campaign's daily sums.
 *
 * <p>A task counts from its own first day ({@code startsOn}, by default its campaign's), so a series that begins
 * months into the campaign is not behind for the months before it.
 *
 * <p>TOTAL: actual = sum from startsOn to min(asOf, deadline); expected = target x elapsed days / days of
 * startsOn..deadline (both inclusive), two decimals. ACHIEVED when actual reaches target; MISSED when asOf is after
 * the deadline short of it; otherwise ON_TRACK when actual reaches expected, else BEHIND.
 *
 * <p>MONTHLY: a count per calendar month from the start month to the month of min(asOf, deadline). A finished month
 * below target makes the task BEHIND (MISSED after the deadline); the running month is not judged unless it already
 * reached target; otherwise ON_TRACK (ACHIEVED after the deadline).
 */
final class ProgressPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressPolicy() {
    }

    static TaskProgress judge(Campaign campaign, KeyTask task, LocalDate asOf, List<CampaignFigures.DayValue> sums) {
        TreeMap<LocalDate, BigDecimal> perDay = perDay(task, sums);
        LocalDate end = asOf.isBefore(task.deadline) ? asOf : task.deadline;
        boolean overdue = asOf.isAfter(task.deadline);
        LocalDate start = task.countsFrom(campaign);
        return task.cadence == Cadence.MONTHLY ? monthly(start, task, asOf, end, overdue, perDay)
                : total(start, task, end, overdue, perDay);
    }

    private static TaskProgress total(LocalDate start, KeyTask task, LocalDate end, boolean overdue,
                                      TreeMap<LocalDate, BigDecimal> perDay) {
        BigDecimal actual = sum(perDay, start, end);
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(start, end) + 1);
        long days = ChronoUnit.DAYS.between(start, task.deadline) + 1;
        BigDecimal expected = task.target.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        ProgressStatus status;
        if (actual.compareTo(task.target) >= 0) {
            status = ProgressStatus.ACHIEVED;
        } else if (overdue) {
            status = ProgressStatus.MISSED;
        } else {
            status = actual.compareTo(expected) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
        }
        BigDecimal percent = actual.multiply(HUNDRED).divide(task.target, 2, RoundingMode.HALF_UP);
        return progress(task, start, actual, expected, percent, status, null);
    }

    private static TaskProgress monthly(LocalDate start, KeyTask task, LocalDate asOf, LocalDate end,
                                        boolean overdue, TreeMap<LocalDate, BigDecimal> perDay) {
        List<MonthProgress> months = new ArrayList<>();
        BigDecimal actual = BigDecimal.ZERO;
        int finished = 0;
        int met = 0;
        boolean below = false;
        if (!end.isBefore(start)) {
            for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end));
                 month = month.plusMonths(1)) {
                LocalDate from = later(month.atDay(1), start);
                LocalDate to = earlier(month.atEndOfMonth(), task.deadline);
                BigDecimal count = sum(perDay, from, earlier(to, asOf));
                boolean done = asOf.isAfter(to);
                MonthStatus status = count.compareTo(task.target) >= 0 ? MonthStatus.MET
                        : done ? MonthStatus.BELOW : MonthStatus.RUNNING;
                if (done) {
                    finished++;
                    if (status == MonthStatus.MET) {
                        met++;
                    }
                }
                below |= status == MonthStatus.BELOW;
                actual = actual.add(count);
                months.add(new MonthProgress(month.toString(), from, to, CampaignFigures.shown(task.metric, count),
                        done, status));
            }
        }
        ProgressStatus status = below ? (overdue ? ProgressStatus.MISSED : ProgressStatus.BEHIND)
                : overdue ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK;
        BigDecimal expected = task.target.multiply(BigDecimal.valueOf(finished)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal percent = finished == 0 ? null : BigDecimal.valueOf(met).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(finished), 2, RoundingMode.HALF_UP);
        return progress(task, start, actual, expected, percent, status, months);
    }

    private static TaskProgress progress(KeyTask task, LocalDate start, BigDecimal actual, BigDecimal expected,
                                         BigDecimal percent, ProgressStatus status, List<MonthProgress> months) {
        return new TaskProgress(task.number, task.title, task.metric, task.minPlatforms, task.cadence, start,
                task.deadline, CampaignFigures.shown(task.metric, task.target), CampaignFigures.shown(task.metric, actual), expected,
                percent, status, months);
    }

    /** The task's value per day: its metric, or with minPlatforms the streams carried on enough platforms. */
    private static TreeMap<LocalDate, BigDecimal> perDay(KeyTask task, List<CampaignFigures.DayValue> sums) {
        TreeMap<LocalDate, BigDecimal> perDay = new TreeMap<>();
        for (CampaignFigures.DayValue value : sums) {
            boolean counts = task.minPlatforms == null ? value.metric().equals(task.metric)
                    : Metrics.STREAMS.equals(task.metric)
                    && CampaignFigures.platforms(value.metric()) >= task.minPlatforms;
            if (counts) {
                perDay.merge(value.day(), value.value(), BigDecimal::add);
            }
        }
        return perDay;
    }

    private static BigDecimal sum(TreeMap<LocalDate, BigDecimal> perDay, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> e : perDay.subMap(from, true, to, true).entrySet()) {
            sum = sum.add(e.getValue());
        }
        return sum;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
