package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/** Viewer counts of a live stream, per platform: recording readings ({@link ViewerCountRules}) and their figures. */
@ApplicationScoped
@Transactional
public class ViewerService {

    @Inject
    Clock clock;

    @Inject
    StreamService streams;

    @Inject
    ViewerSnapshotRepository snapshots;

    @Inject
    ViewerStatistics statistics;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** Records counts read off one of the stream's platforms, once it has started. */
    public ViewerSnapshotResponse recordViewers(UUID operationId, UUID streamId, ViewerSnapshotRequest request) {
        ViewerCountRules.requireConsistent(request);
        LiveStream s = streams.lock(operationId, streamId);
        if (s.status == StreamStatus.SCHEDULED) {
            throw ProblemException.conflict("stream-not-started", "Stream not started",
                    "Stream " + s.title + " has not started; viewers are counted once it is live.")
                    .with("currentStatus", s.status.name());
        }
        StreamService.requireCarried(s, request.platform());
        ViewerCountRules.requireNeverDecreasing(request,
                snapshots.cumulativeUpTo(s.id, request.platform(), request.at()),
                snapshots.cumulativeAfter(s.id, request.platform(), request.at()));
        ViewerSnapshot v = new ViewerSnapshot();
        v.id = UUID.randomUUID();
        v.streamId = s.id;
        v.platform = request.platform();
        v.observedAt = request.at();
        v.current = request.current();
        v.peak = request.peak();
        v.cumulative = request.cumulative();
        v.recordedBy = caller.id();
        v.recordedAt = clock.instant();
        snapshots.persist(v);
        audit.record("VIEWERS_RECORDED", "LiveStream", s.id.toString(),
                v.platform + " " + v.observedAt + ": current " + v.current + ", cumulative " + v.cumulative);
        return ViewerSnapshotResponse.of(v);
    }

    public ViewerStats viewers(UUID operationId, UUID streamId) {
        return statistics.of(streams.readable(operationId, streamId));
    }
}
