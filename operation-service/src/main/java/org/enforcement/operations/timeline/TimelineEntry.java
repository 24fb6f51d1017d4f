package org.enforcement.operations.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One timestamped line of the timeline. {@code details} is the type's JSON facts (amount, minutes, ...);
 * {@code hash} chains it to the operation's previous entry. Never updated.
 */
@Entity
@Immutable
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "target_id")
    public UUID targetId;

    @Column(name = "team_id")
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    public TimelineEventType type;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** JSON text of the type-specific facts (stored as jsonb). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public String details;

    @Column(name = "previous_hash")
    public String previousHash;

    public String hash;
}
