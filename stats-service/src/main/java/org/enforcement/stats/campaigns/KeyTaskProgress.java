package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enforcement.rules.BusinessCalendar;

/**
 * The progress of a campaign's key tasks (重点工作) on a day: the campaign's figures summed
 * ({@link CampaignFigures}), each task judged by {@link ProgressPolicy}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KeyTaskProgress {

    @Inject
    Clock clock;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignFigures figures;

    /** The progress on {@code asOf} (null: today in the business zone) of a campaign the caller may see. */
    public CampaignProgressResponse progress(String code, String organiser, LocalDate asOf) {
        LocalDate day = asOf == null ? BusinessCalendar.today(clock) : asOf;
        CampaignProgressResponse progress = progress(access.find(code, organiser), day);
        return access.readsAsWritten() ? progress : progress.forPublic();
    }

    /** The key-task progress of a published campaign whoever asks (aggregates only); empty when none. */
    public Optional<CampaignProgressResponse> publishedProgress(String code, String organiser, LocalDate asOf) {
        return access.published(code, organiser).map(c -> progress(c, asOf).forPublic());
    }

    private CampaignProgressResponse progress(Campaign c, LocalDate asOf) {
        List<CampaignProgressResponse.TaskProgress> tasks = new ArrayList<>();
        if (!c.keyTasks.isEmpty() && !asOf.isBefore(c.startsOn)) {
            Set<String> metrics = new HashSet<>();
            boolean platformStreams = false;
            LocalDate last = c.startsOn;
            for (KeyTask t : c.keyTasks) {
                metrics.add(t.metric);
                platformStreams |= t.minPlatforms != null;
                last = t.deadline.isAfter(last) ? t.deadline : last;
            }
            LocalDate to = asOf.isBefore(last) ? asOf : last;
            List<CampaignFigures.DayValue> sums = figures.dailySums(c.key(), c.startsOn, to, metrics, platformStreams);
            for (KeyTask t : sorted(c.keyTasks)) {
                tasks.add(ProgressPolicy.judge(c, t, asOf, sums));
            }
        } else {
            for (KeyTask t : sorted(c.keyTasks)) {
                tasks.add(ProgressPolicy.judge(c, t, asOf, List.of()));
            }
        }
        return new CampaignProgressResponse(c.code, c.name, asOf, tasks);
    }

    private static List<KeyTask> sorted(List<KeyTask> tasks) {
        return tasks.stream().sorted(Comparator.comparingInt(t -> t.number)).toList();
    }
}
