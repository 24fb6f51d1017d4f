package org.enforcement.stats.campaigns;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A campaign (专项行动): an organizing court, the courts taking part, its dates and key tasks. */
@Entity
@Table(name = "campaign")
@IdClass(CampaignKey.class)
public class Campaign {

    /** Unique per organizing court only (see {@link CampaignKey}). */
    @Id
    public String code;

    @Id
    @Column(name = "organizing_court")
    public String organizingCourt;

    public String name;

    @Column(name = "organizing_court_name")
    public String organizingCourtName;

    @Enumerated(EnumType.STRING)
    @Column(name = "campaign_level")
    public CampaignLevel level;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** The organizing court first, then the others as given; each once (UNIQUE, V6). */
    @ElementCollection
    @CollectionTable(name = "campaign_court", joinColumns = {
            @JoinColumn(name = "organizing_court", referencedColumnName = "organizing_court"),
            @JoinColumn(name = "campaign_code", referencedColumnName = "code")})
    @OrderColumn(name = "seq")
    @Column(name = "court")
    public List<String> participatingCourts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "campaign_key_task", joinColumns = {
            @JoinColumn(name = "organizing_court", referencedColumnName = "organizing_court"),
            @JoinColumn(name = "campaign_code", referencedColumnName = "code")})
    @OrderBy("number")
    public List<KeyTask> keyTasks = new ArrayList<>();

    /** Whether the public pages show it (DRAFT until its organising court's director publishes it). */
    @Enumerated(EnumType.STRING)
    public Publication publication = Publication.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public CampaignKey key() {
        return new CampaignKey(organizingCourt, code);
    }

    public boolean isPublished() {
        return publication == Publication.PUBLISHED;
    }

    public boolean involves(String court) {
        return participatingCourts.contains(court);
    }
}
