package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.operations.OperationWindow;
import org.enforcement.rules.BusinessCalendar;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/**
 * Live streams of an operation: scheduling, reading, correcting and withdrawing them. Going live and ending:
 * {@link StreamTransitions}; viewer counts: {@link ViewerService}.
 */
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
    Caller caller;

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
        OperationWindow.requireNear("scheduledStart", o.date, request.scheduledStart(), BusinessCalendar.ZONE);
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
        return !caller.readsPersonalData();
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

    /** 422 unless the stream is carried on {@code platform}. */
    static void requireCarried(LiveStream s, StreamPlatformKind platform) {
        if (!s.carriedOn(platform)) {
            throw ProblemException.unprocessable("platform-not-in-stream", "Platform not in stream",
                    "Stream " + s.title + " is not carried on " + platform + " (" + platform.label() + ").")
                    .with("platforms", s.platforms.stream().map(p -> p.platform.name()).toList());
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static ProblemException notFound(UUID streamId) {
        return ProblemException.notFound("stream-not-found", "Stream not found",
                "This operation has no live stream " + streamId + ".");
    }
}
