package org.enforcement.stats.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.enforcement.stats.campaigns.CampaignProgressResponse.MonthProgress;
import org.enforcement.stats.campaigns.CampaignProgressResponse.TaskProgress;
import org.enforcement.stats.charts.Bar;
import org.enforcement.stats.charts.BarChart;
import org.enforcement.stats.charts.ProgressChart;
import org.enforcement.stats.charts.ProgressRow;
import org.enforcement.stats.reports.CampaignWording;
import org.enforcement.stats.reports.ChartLabels;

/**
 * A campaign's charts: its key tasks' progress and its courts ranked by a metric.
 *
 * <p>A TOTAL task is drawn as actual / target. A MONTHLY task's target is per month, so it is drawn as the count of
 * its latest month in the progress (the running month, or the last month up to the deadline once that has passed)
 * against the monthly target, and that month is named in the row, e.g. "12. 【6月】直播". The colour and status
 * are the task's as a whole, so a month missed earlier shows as 进度滞后 even while the running month is fine.
 */
public final class CampaignCharts {

    private CampaignCharts() {
    }

    /** One row per key task, by number. */
    public static List<KeyTaskRow> rows(CampaignProgressResponse progress) {
        List<KeyTaskRow> rows = new ArrayList<>();
        for (TaskProgress task : progress.keyTasks()) {
            String month = null;
            BigDecimal actual = task.actual();
            if (task.cadence() == Cadence.MONTHLY) {
                List<MonthProgress> months = task.months() == null ? List.of() : task.months();
                MonthProgress last = months.isEmpty() ? null : months.get(months.size() - 1);
                month = last == null ? null : last.month();
                actual = last == null ? BigDecimal.ZERO : last.count();
            }
            rows.add(new KeyTaskRow(task.number(), task.title(), task.metric(), task.cadence(), month,
                    task.target(), actual, task.status()));
        }
        return rows;
    }

    /** The key tasks as progress bars, titled with the campaign's name and the day judged. */
    public static String progress(CampaignProgressResponse progress) {
        return ProgressChart.render(progress.name() + " " + CampaignWording.keyTasksHeading(progress.asOf(), false), bars(progress));
    }

    /**
     * As {@link #progress(CampaignProgressResponse)}, for a campaign ending on {@code endsOn}: judged after its end
     * (every deadline is within the campaign, so the statuses are final) it is titled with its final state as of its
     * last day, "重点工作完成情况（已结束，截至2023-12-31）", never a day after the campaign.
     */
    public static String progress(CampaignProgressResponse progress, LocalDate endsOn) {
        if (!ended(progress, endsOn)) {
            return progress(progress);
        }
        return ProgressChart.render(progress.name() + " " + CampaignWording.keyTasksHeading(endsOn, true), bars(progress));
    }

    /** Whether the progress was judged after the campaign's last day, so it shows the campaign's final state. */
    public static boolean ended(CampaignProgressResponse progress, LocalDate endsOn) {
        return endsOn != null && progress.asOf().isAfter(endsOn);
    }

    private static List<ProgressRow> bars(CampaignProgressResponse progress) {
        return rows(progress).stream()
                .map(r -> new ProgressRow(r.label(), r.actual(), r.target(), r.status().name())).toList();
    }

    /**
     * One bar per court, named as people read it (淮安市淮阴区人民法院; its code when the registry does not know it),
     * highest first, as the ranking orders them.
     */
    public static String ranking(String name, CampaignRankingResponse ranking) {
        List<Bar> bars = new ArrayList<>();
        for (CampaignRankingResponse.CourtRank court : ranking.courts()) {
            BigDecimal value = court.value() == null ? BigDecimal.ZERO : court.value();
            String label = court.courtName() == null ? court.court() : court.courtName();
            bars.add(new Bar(label, value, ChartLabels.compact(value)));
        }
        return BarChart.render(CampaignWording.rankingTitle(name, ranking.metric()), bars);
    }

    /**
     * A key task as charted and tabled: for MONTHLY tasks {@code month} is the month drawn and {@code actual} its
     * count; for TOTAL tasks {@code month} is null and {@code actual} the count so far.
     */
    public record KeyTaskRow(int number, String title, String metric, Cadence cadence, String month,
                             BigDecimal target, BigDecimal actual, ProgressStatus status) {

        /**
         * "1. 集中清理执行积案", or with the month drawn "12. 【6月】直播": the month without its year keeps the label
         * short (labels wrap over at most three lines); the chart's title gives the day judged, so the year is plain.
         */
        public String label() {
            return CampaignWording.keyTaskLabel(number, title, month);
        }
    }
}
