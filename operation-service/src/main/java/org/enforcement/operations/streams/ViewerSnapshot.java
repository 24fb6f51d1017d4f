package org.enforcement.operations.streams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.enforcement.rules.vocabulary.StreamPlatformKind;
import org.hibernate.annotations.Immutable;

/** Viewer counts read off one platform at one moment. Never changed. */
@Entity
@Immutable
@Table(name = "viewer_snapshot")
public class ViewerSnapshot {

    @Id
    public UUID id;

    @Column(name = "stream_id")
    public UUID streamId;

    @Enumerated(EnumType.STRING)
    public StreamPlatformKind platform;

    @Column(name = "observed_at")
    public Instant observedAt;

    /** Watching now (在线人数). */
    @Column(name = "current_viewers")
    public long current;

    /** The platform's own peak so far, when it shows one. */
    @Column(name = "peak_viewers")
    public Long peak;

    /** Views so far (累计观看人次); never decreases. */
    @Column(name = "cumulative_viewers")
    public long cumulative;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
