package org.enforcement.operations.streams;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/** A live stream (执行直播) of an operation, carried on several platforms at once. */
@Entity
@Table(name = "live_stream")
public class LiveStream {

    @Id
    public UUID id;

    @Column(name = "operation_id")
    public UUID operationId;

    public String title;

    @Column(name = "scheduled_start")
    public Instant scheduledStart;

    @Enumerated(EnumType.STRING)
    public StreamStatus status;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "live_stream_platform", joinColumns = @JoinColumn(name = "stream_id"))
    @OrderColumn(name = "seq")
    public List<StreamPlatform> platforms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "live_stream_host", joinColumns = @JoinColumn(name = "stream_id"))
    @OrderColumn(name = "seq")
    public List<StreamHost> hosts = new ArrayList<>();

    /** Null while the stream is public (once started). */
    @Embedded
    public Withdrawal withdrawal;

    @Version
    public long version;

    public boolean carriedOn(StreamPlatformKind platform) {
        return platforms.stream().anyMatch(p -> p.platform == platform);
    }

    /** Whole minutes from start to end, once ended. */
    public Long durationMinutes() {
        return startedAt == null || endedAt == null ? null
                : java.time.Duration.between(startedAt, endedAt).toMinutes();
    }
}
