package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.events.operations.StreamEnded;
import org.enforcement.events.operations.StreamStarted;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.operations.OperationWindow;
import org.enforcement.rules.BusinessCalendar;

/**
 * A live stream goes SCHEDULED → LIVE → ENDED, on the operation's days and not in the future; each step is
 * announced to the feed with the title as the public reads it, the end with the viewer figures per platform.
 */
@ApplicationScoped
@Transactional
public class StreamTransitions {

    @Inject
    Clock clock;

    @Inject
    OperationService operations;

    @Inject
    OperationConfig config;

    @Inject
    LiveStreamRepository streams;

    @Inject
    ViewerStatistics statistics;

    @Inject
    StreamQuestionRepository questions;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public StreamResponse start(UUID operationId, UUID streamId, String ifMatch, StreamTransitionRequest request) {
        Operation o = operations.get(operationId);
        LiveStream s = streams.lockInOperation(o.id, streamId).orElseThrow(() -> StreamService.notFound(streamId));
        Preconditions.requireIfMatch(ifMatch, s.version);
        requireStatus(s, StreamStatus.SCHEDULED, "start");
        Instant now = clock.instant();
        Instant at = at(request, now);
        OperationWindow.requireHappened("at", o.date, at, now, BusinessCalendar.ZONE);
        s.status = StreamStatus.LIVE;
        s.startedAt = at;
        // The feed is read by other systems: the title goes out as the public reads it.
        events.publish(o.court, null, "Operation", o.id.toString(), new StreamStarted(o.id, s.id, o.campaignCode,
                PrivacyScrub.text(s.title), s.platforms.size(), platforms(s), s.startedAt));
        audit.record("STREAM_STARTED", "LiveStream", s.id.toString(), s.title);
        streams.flush();
        return StreamResponse.of(s);
    }

    public StreamResponse end(UUID operationId, UUID streamId, String ifMatch, StreamTransitionRequest request) {
        Operation o = operations.get(operationId);
        LiveStream s = streams.lockInOperation(o.id, streamId).orElseThrow(() -> StreamService.notFound(streamId));
        Preconditions.requireIfMatch(ifMatch, s.version);
        requireStatus(s, StreamStatus.LIVE, "end");
        Instant now = clock.instant();
        Instant at = at(request, now);
        OperationWindow.requireHappened("at", o.date, at, now, BusinessCalendar.ZONE);
        if (at.isBefore(s.startedAt)) {
            throw ProblemException.unprocessable("stream-end-before-start", "End before start",
                    "Stream " + s.title + " started at " + s.startedAt + "; it cannot end at " + at + ".")
                    .with("startedAt", s.startedAt.toString());
        }
        s.status = StreamStatus.ENDED;
        s.endedAt = at;
        ViewerStats viewers = statistics.of(s);
        // Per platform from the same figures as the total, so the parts add up to cumulativeViewersTotal.
        Map<String, Long> byPlatform = new LinkedHashMap<>();
        for (ViewerStats.PlatformViewers p : viewers.platforms()) {
            byPlatform.put(p.platform().name(), p.cumulative());
        }
        events.publish(o.court, null, "Operation", o.id.toString(), new StreamEnded(o.id, s.id, o.campaignCode,
                PrivacyScrub.text(s.title), s.platforms.size(), platforms(s), s.startedAt, s.endedAt,
                s.durationMinutes(), viewers.peakTotal(), viewers.cumulativeTotal(), viewers.phrase(), byPlatform,
                questions.countOf(s.id, QuestionStatus.ANSWERED)));
        audit.record("STREAM_ENDED", "LiveStream", s.id.toString(),
                s.title + " (" + s.durationMinutes() + " min, " + viewers.cumulativeTotal() + " views)");
        streams.flush();
        return StreamResponse.of(s);
    }

    private static void requireStatus(LiveStream s, StreamStatus expected, String action) {
        if (s.status != expected) {
            throw ProblemException.conflict("illegal-stream-transition", "Illegal transition",
                            "Stream " + s.title + " is " + s.status + "; " + action + " is allowed only from "
                                    + expected + ".")
                    .with("currentStatus", s.status.name());
        }
    }

    private static Instant at(StreamTransitionRequest request, Instant now) {
        return (request == null || request.at() == null ? now : request.at()).truncatedTo(ChronoUnit.MICROS);
    }

    private static List<String> platforms(LiveStream s) {
        return s.platforms.stream().map(p -> p.platform.name()).toList();
    }
}
