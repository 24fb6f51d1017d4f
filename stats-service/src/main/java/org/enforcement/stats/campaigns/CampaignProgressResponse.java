package org.enforcement.stats.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.privacy.PersonalDataScrubber;

/** How far each key task of a campaign has come on {@code asOf}. */
@Schema(name = "CampaignProgress")
public record CampaignProgressResponse(
        @Schema(example = "陇原风暴") String code,
        String name,
        @Schema(description = "The day judged (Asia/Shanghai)") LocalDate asOf,
        @Schema(description = "By number") List<TaskProgress> keyTasks) {

    /** As the public, observers and integrators read it: the name and key-task titles scrubbed. */
    CampaignProgressResponse forPublic() {
        PersonalDataScrubber scrubber = PersonalDataScrubber.withoutParties();
        return new CampaignProgressResponse(code, scrubber.scrub(name), asOf, keyTasks.stream()
                .map(t -> new TaskProgress(t.number(), scrubber.scrub(t.title()), t.metric(), t.minPlatforms(),
                        t.cadence(), t.startsOn(), t.deadline(), t.target(), t.actual(), t.expected(), t.percent(), t.status(),
                        t.months()))
                .toList());
    }

    @Schema(name = "KeyTaskProgress")
    public record TaskProgress(
            @Schema(example = "12") int number,
            String title,
            @Schema(example = "streams") String metric,
            @Schema(nullable = true, description = "Only streams carried on at least this many platforms count", example = "8")
            Integer minPlatforms,
            Cadence cadence,
            @Schema(description = "The first day the task counts: its own, else the campaign's startsOn",
                    example = "2023-04-01") LocalDate startsOn,
            LocalDate deadline,
            @Schema(description = "For the whole task (TOTAL) or per month (MONTHLY)", example = "2")
            BigDecimal target,
            @Schema(description = "Counted from the task's startsOn to the earlier of asOf and the deadline",
                    example = "3")
            BigDecimal actual,
            @Schema(description = "What should have been reached by asOf, two decimals", example = "2.00")
            BigDecimal expected,
            @Schema(nullable = true, description = "TOTAL: actual / target x 100; MONTHLY: share of finished months that met the"
                    + " target x 100 (null before a month has finished); two decimals", example = "50.00")
            BigDecimal percent,
            ProgressStatus status,
            @Schema(nullable = true, description = "MONTHLY only: each month from the start month to the month of the earlier of"
                    + " asOf and the deadline") List<MonthProgress> months) {
    }

    @Schema(name = "MonthProgress")
    public record MonthProgress(
            @Schema(example = "2023-04") String month,
            @Schema(description = "First day counted (the campaign may start mid-month)") LocalDate from,
            @Schema(description = "Last day counted (the deadline may end it early)") LocalDate to,
            @Schema(example = "1") BigDecimal count,
            @Schema(description = "asOf is after the month's last day") boolean finished,
            @Schema(description = "MET: count reached target; BELOW: a finished month short of it; RUNNING: the"
                    + " current month, not judged yet") MonthStatus status) {
    }

    public enum MonthStatus {
        MET, BELOW, RUNNING
    }
}
