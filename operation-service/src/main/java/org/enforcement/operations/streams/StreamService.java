package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.operations.StreamEnded;
import org.enforcement.events.operations.StreamStarted;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.operations.OperationWindow;

/** Live streams of an operation: scheduling, SCHEDULED → LIVE → ENDED, and viewer counts per platform. */
@ApplicationScoped
@Transactional
public class StreamService {

    @Inject
    Clock clock;

    @Inject
    OperationService operations;

    @Inject
    OperationConfig config;

    @Inject
    LiveStreamRepository streams;

    @Inject
    ViewerSnapshotRepository snapshots;

    @Inject
    ViewerStatistics statistics;

    @Inject
    StreamQuestionRepository questions;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public StreamResponse schedule(UUID operationId, ScheduleStreamRequest request) {
        Set<StreamPlatformKind> seen = EnumSet.noneOf(StreamPlatformKind.class);
        for (int i = 0; i < request.platforms().size(); i++) {
            var p = request.platforms().get(i);
            if (!seen.add(p.platform())) {
                throw ProblemException.invalidField("platforms[" + i + "].platform",
                        "lists " + p.platform() + " a second time; each platform at most once");
            }
            if (p.platform() == StreamPlatformKind.OTHER && blankToNull(p.name()) == null) {
                throw ProblemException.invalidField("platforms[" + i + "].name", "must name the OTHER platform");
            }
        }
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        OperationWindow.requireNear("scheduledStart", o.date, request.scheduledStart(), config.zone());
        LiveStream s = new LiveStream();
        s.id = UUID.randomUUID();
        s.operationId = o.id;
        s.title = request.title().strip();
        s.scheduledStart = request.scheduledStart();
        s.status = StreamStatus.SCHEDULED;
        for (var p : request.platforms()) {
            s.platforms.add(new StreamPlatform(p.platform(), blankToNull(p.name())));
        }
        for (var h : request.hosts()) {
            s.hosts.add(new StreamHost(h.name().strip(), h.role()));
        }
        s.createdBy = caller.id();
        s.createdAt = clock.instant();
        streams.persist(s);
        audit.record("STREAM_SCHEDULED", "LiveStream", s.id.toString(), o.name + ": " + s.title);
        streams.flush();
        return StreamResponse.of(s);
    }

    /** The operation's streams; observers and integrators, who read as the public does, not the withdrawn ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StreamResponse> list(UUID operationId) {
        boolean scrubbed = readsAsPublished();
        return streams.ofOperation(operations.get(operationId).id).stream()
                .filter(s -> !scrubbed || !Withdrawal.isWithdrawn(s.withdrawal))
                .map(s -> StreamResponse.of(s, scrubbed)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StreamResponse getView(UUID operationId, UUID streamId) {
        return StreamResponse.of(readable(operationId, streamId), readsAsPublished());
    }

    /**
     * The stream for a read: the court's staff read it withdrawn or not (marked); observers and integrators read
     * as the public does, so a withdrawn stream is 404 for them, as on the public pages.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LiveStream readable(UUID operationId, UUID streamId) {
        LiveStream s = get(operationId, streamId);
        if (readsAsPublished() && Withdrawal.isWithdrawn(s.withdrawal)) {
            throw notFound(streamId);
        }
        return s;
    }


    /**
     * Observers and integrators read a stream's title and hosts as the public does, and see nothing a director
     * withdrew.
     */
    boolean readsAsPublished() {
        return !caller.hasAnyRole(Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.CLERK);
    }

    /** The stream, if its operation is of the caller's court; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LiveStream get(UUID operationId, UUID streamId) {
        Operation o = operations.get(operationId);
        return streams.inOperation(o.id, streamId).orElseThrow(() -> notFound(streamId));
    }

    /** The stream locked for a change, if its operation is of the caller's court; 404 otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LiveStream lock(UUID operationId, UUID streamId) {
        Operation o = operations.get(operationId);
        return streams.lockInOperation(o.id, streamId).orElseThrow(() -> notFound(streamId));
    }

    /**
     * Corrects what viewers see of a stream, its title and hosts: a director of the operation's court, at the version
     * read (If-Match), with a reason kept in the audit trail. Public views show the correction at once; events
     * already sent keep the title they carried.
     */
    public StreamResponse correctPresentation(UUID operationId, UUID streamId, String ifMatch,
                                              StreamPresentationRequest request) {
        LiveStream s = lock(operationId, streamId);
        Preconditions.requireIfMatch(ifMatch, s.version);
        Withdrawal.requireNone(s.withdrawal, "Stream " + streamId);
        s.title = request.title().strip();
        s.hosts.clear();
        for (var h : request.hosts()) {
            s.hosts.add(new StreamHost(h.name().strip(), h.role()));
        }
        audit.record("STREAM_PRESENTATION_CORRECTED", "LiveStream", s.id.toString(), request.reason().strip());
        streams.flush();
        return StreamResponse.of(s);
    }

    /**
     * Takes a stream, its viewer figures and its answered questions off every public view, with a reason kept on it
     * and in the audit trail: a director of the operation's court. The court still reads it, marked withdrawn.
     */
    public StreamResponse withdraw(UUID operationId, UUID streamId, WithdrawalRequest request) {
        LiveStream s = lock(operationId, streamId);
        Withdrawal.requireNone(s.withdrawal, "Stream " + streamId);
        s.withdrawal = new Withdrawal(clock.instant(), caller.id(), request.reason().strip());
        // No event: the stream took place and its figures stand (stats-service counts StreamEnded); what is
        // withdrawn is how it was presented, and the feed carried its title only scrubbed.
        audit.record("STREAM_WITHDRAWN", "LiveStream", s.id.toString(), s.withdrawal.reason);
        streams.flush();
        return StreamResponse.of(s);
    }

    public StreamResponse start(UUID operationId, UUID streamId, String ifMatch, StreamTransitionRequest request) {
        Operation o = operations.get(operationId);
        LiveStream s = streams.lockInOperation(o.id, streamId).orElseThrow(() -> notFound(streamId));
        Preconditions.requireIfMatch(ifMatch, s.version);
        requireStatus(s, StreamStatus.SCHEDULED, "start");
        Instant now = clock.instant();
        Instant at = at(request, now);
        OperationWindow.requireHappened("at", o.date, at, now, config.zone());
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
        LiveStream s = streams.lockInOperation(o.id, streamId).orElseThrow(() -> notFound(streamId));
        Preconditions.requireIfMatch(ifMatch, s.version);
        requireStatus(s, StreamStatus.LIVE, "end");
        Instant now = clock.instant();
        Instant at = at(request, now);
        OperationWindow.requireHappened("at", o.date, at, now, config.zone());
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

    /**
     * Records counts read off one of the stream's platforms, once it has started. Cumulative views never decrease
     * over time: the count must be at least that of every earlier snapshot of the platform and at most that of every
     * later one (snapshots may arrive out of order), else 422; nor may more watch now than have watched so far
     * (current above cumulative: 422).
     */
    public ViewerSnapshotResponse recordViewers(UUID operationId, UUID streamId, ViewerSnapshotRequest request) {
        if (request.peak() != null && request.peak() < request.current()) {
            throw ProblemException.invalidField("peak", "must not be below current");
        }
        if (request.current() > request.cumulative()) {
            // Everyone watching now counts among the views so far: a reading with more is misread or swapped.
            throw ProblemException.unprocessable("current-exceeds-cumulative", "More watching than ever watched",
                            "On " + request.platform() + " at " + request.at() + ", " + request.current()
                                    + " are watching now (current) but only " + request.cumulative()
                                    + " views were counted so far (cumulative); current cannot exceed cumulative.")
                    .with("platform", request.platform().name()).with("current", request.current())
                    .with("cumulative", request.cumulative());
        }
        LiveStream s = lock(operationId, streamId);
        if (s.status == StreamStatus.SCHEDULED) {
            throw ProblemException.conflict("stream-not-started", "Stream not started",
                    "Stream " + s.title + " has not started; viewers are counted once it is live.")
                    .with("currentStatus", s.status.name());
        }
        requireCarried(s, request.platform());
        Long before = snapshots.cumulativeUpTo(s.id, request.platform(), request.at());
        if (before != null && request.cumulative() < before) {
            throw cumulativeDecreased(request, "an earlier snapshot counted " + before, before);
        }
        Long after = snapshots.cumulativeAfter(s.id, request.platform(), request.at());
        if (after != null && request.cumulative() > after) {
            throw cumulativeDecreased(request, "a later snapshot counted only " + after, after);
        }
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

    @Transactional
    public ViewerStats viewers(UUID operationId, UUID streamId) {
        return statistics.of(readable(operationId, streamId));
    }

    /** 422 unless the stream is carried on {@code platform}. */
    static void requireCarried(LiveStream s, StreamPlatformKind platform) {
        if (!s.carriedOn(platform)) {
            throw ProblemException.unprocessable("platform-not-in-stream", "Platform not in stream",
                    "Stream " + s.title + " is not carried on " + platform + " (" + platform.label() + ").")
                    .with("platforms", s.platforms.stream().map(p -> p.platform.name()).toList());
        }
    }

    private static ProblemException cumulativeDecreased(ViewerSnapshotRequest request, String reason, long other) {
        return ProblemException.unprocessable("cumulative-viewers-decreased", "Cumulative viewers decreased",
                        "Cumulative views on " + request.platform() + " never go down, but " + reason + " against "
                                + request.cumulative() + " at " + request.at() + ".")
                .with("platform", request.platform().name()).with("conflictingCumulative", other);
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

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static ProblemException notFound(UUID streamId) {
        return ProblemException.notFound("stream-not-found", "Stream not found",
                "This operation has no live stream " + streamId + ".");
    }
}
