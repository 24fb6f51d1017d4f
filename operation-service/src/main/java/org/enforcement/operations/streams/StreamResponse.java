package org.enforcement.operations.streams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LiveStream")
public record StreamResponse(
        UUID id,
        UUID operationId,
        String title,
        List<PlatformView> platforms,
        List<HostView> hosts,
        Instant scheduledStart,
        StreamStatus status,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true, description = "Whole minutes from start to end, once ended", example = "172") Long durationMinutes,
        String createdBy,
        Instant createdAt,
        @Schema(description = "Set once a director withdrew the stream from the public pages", nullable = true)
        WithdrawalView withdrawal,
        @Schema(description = "Same value as the ETag header") long version) {

    public static StreamResponse of(LiveStream s) {
        return of(s, false);
    }

    /** {@code scrubbed}: title and hosts as the public reads them, for observers and integrators. */
    public static StreamResponse of(LiveStream s, boolean scrubbed) {
        return new StreamResponse(s.id, s.operationId, scrubbed ? PrivacyScrub.text(s.title) : s.title,
                s.platforms.stream().map(PlatformView::of).toList(),
                s.hosts.stream().map(scrubbed ? HostView::scrubbed : HostView::of).toList(), s.scheduledStart,
                s.status, s.startedAt, s.endedAt, s.durationMinutes(), s.createdBy, s.createdAt,
                WithdrawalView.of(s.withdrawal, scrubbed), s.version);
    }
}
