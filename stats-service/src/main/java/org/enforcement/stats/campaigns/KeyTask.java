package org.enforcement.stats.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A key task (重点工作) of a campaign: a metric to reach by a deadline, in total or every month. */
@Embeddable
public class KeyTask {

    @Column(name = "task_number")
    public int number;

    public String title;

    public String metric;

    public BigDecimal target;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    @Column(name = "min_platforms")
    public Integer minPlatforms;

    public LocalDate deadline;

    /** The task's own first day; null when it starts with its campaign. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** The first day the task counts: its own, else its campaign's. */
    LocalDate countsFrom(Campaign campaign) {
        return startsOn != null ? startsOn : campaign.startsOn;
    }
}
