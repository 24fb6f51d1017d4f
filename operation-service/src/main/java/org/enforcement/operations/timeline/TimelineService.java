package org.enforcement.operations.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.operations.TargetOutcome;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationAction;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.targets.TargetRepository;
import org.enforcement.operations.teams.TeamService;
import org.enforcement.rules.BusinessCalendar;

/**
 * Appending to the operation's timeline (执行记录): timestamped, append-only, hash-chained per operation. Appends lock
 * the operation row, so each entry sees its true predecessor and the chain never forks; the entry, the target's new
 * status, the audit entry and (through {@link TimelineListener}s) the outcome's delivery to case-service commit
 * together. The TargetOutcome event of an outcome without a delivery (found, not found) commits with them too; that
 * of an outcome delivered to case-service waits with its delivery and is published when case-service accepts it.
 * What may be appended when: {@link TimelineRules}; the chain: {@link TimelineChain}; reading: {@link TimelineView}.
 */
@ApplicationScoped
public class TimelineService {

    @Inject
    Clock clock;

    @Inject
    OperationService operations;

    @Inject
    TargetRepository targets;

    @Inject
    TeamService teams;

    @Inject
    TimelineRepository timeline;

    @Inject
    TimelineView view;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    OperationConfig config;

    @Inject
    EntityManager em;

    @Inject
    Instance<TimelineListener> listeners;

    @Transactional
    public TimelineEntryResponse append(UUID operationId, AppendTimelineEntryRequest request) {
        TimelineEventType type = request.type();
        TimelineRules.requireShape(request);
        TimelineDetails details = EntryFacts.flat(request.details());
        Instant occurredAt = request.occurredAt().truncatedTo(ChronoUnit.MICROS);
        TimelineRules.requireNotInFuture(occurredAt, clock.instant());

        Operation o = operations.lock(operationId);
        TimelineRules.requireNearTheDay(o.date, occurredAt, BusinessCalendar.ZONE);
        TimelineRules.requireWritable(o.id, o.name, o.status, type);
        Target target = request.targetId() == null ? null : targets.inOperation(o.id, request.targetId())
                .orElseThrow(() -> ProblemException.unprocessable("unknown-target", "Unknown target",
                        "Target " + request.targetId() + " is not a target of this operation.")
                        .with("field", "targetId"));
        if (request.teamId() != null && teams.teamsOf(o.id).stream().noneMatch(t -> t.id.equals(request.teamId()))) {
            throw ProblemException.unprocessable("unknown-team", "Unknown team",
                    "Team " + request.teamId() + " is not a team of this operation.").with("field", "teamId");
        }
        if (target != null) {
            requireNewOutcome(o, target, type);
        }
        TimelineDetails stored = TimelineRules.stored(type, details, occurredAt, BusinessCalendar.ZONE);
        TimelineRules.requireLegalLimits(type, stored);

        TimelineEntry e = write(o, target, request.teamId(), type, occurredAt, stored);
        if (target != null) {
            target.status = TimelineRules.statusAfter(type, target.status);
        }
        if (type.outcome() && target != null) {
            TargetOutcome outcome = outcome(o, target, e, stored);
            if (!heldUntilDelivered(e, outcome)) {
                events.publish(o.court, target.caseId.toString(), "Operation", o.id.toString(), outcome);
            }
        }
        audit.record("TIMELINE_ENTRY_APPENDED", "TimelineEntry", e.entryId.toString(),
                type + (target == null ? "" : " " + target.caseNumber) + " at " + e.occurredAt);
        em.flush();
        return view.entry(e);
    }

    /** Writes ASSEMBLED / DEPARTED / CLOSED inside the transition's transaction (the operation is locked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStep(Operation o, OperationAction action, Instant at) {
        TimelineEventType type = switch (action) {
            case ASSEMBLE -> TimelineEventType.ASSEMBLED;
            case DEPART -> TimelineEventType.DEPARTED;
            case CLOSE -> TimelineEventType.CLOSED;
        };
        write(o, null, null, type, at.truncatedTo(ChronoUnit.MICROS), TimelineDetails.NONE);
    }

    /** 409 when the target already has the outcome; the caller holds the operation's lock, so appends see each other. */
    private void requireNewOutcome(Operation o, Target target, TimelineEventType type) {
        TimelineRules.onceRule(type, target.status).ifPresent(once ->
                timeline.lastOfTarget(o.id, target.id, once.recordedType()).ifPresent(recorded -> {
                    throw TimelineRules.alreadyRecorded(target.caseNumber, target.status, once, recorded.occurredAt,
                            view.localTime(recorded.occurredAt), recorded.entryId, recorded.recordedBy);
                }));
    }

    /** Whether a listener (the delivery to case-service) publishes the outcome itself, once it was accepted. */
    private boolean heldUntilDelivered(TimelineEntry e, TargetOutcome outcome) {
        boolean held = false;
        for (TimelineListener listener : listeners) {
            held |= listener.holdsOutcome(e, outcome);
        }
        return held;
    }

    private TimelineEntry write(Operation o, Target target, UUID teamId, TimelineEventType type, Instant occurredAt,
                                TimelineDetails details) {
        em.flush();
        // The caller holds the operation's row lock: no other entry of this operation can be written meanwhile.
        String previous = timeline.lastHash(o.id);
        TimelineEntry e = new TimelineEntry();
        e.entryId = UUID.randomUUID();
        e.operationId = o.id;
        e.targetId = target == null ? null : target.id;
        e.teamId = teamId;
        e.type = type;
        e.occurredAt = occurredAt;
        e.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.recordedBy = caller.id();
        e.details = Json.canonical(details);
        e.previousHash = previous == null ? TimelineChain.GENESIS : previous;
        e.hash = TimelineChain.hash(e);
        timeline.persist(e);
        for (TimelineListener listener : listeners) {
            listener.appended(o, target, e);
        }
        return e;
    }

    /** What stats-service counts: no names, no free text, only what happened and the amounts. */
    private static TargetOutcome outcome(Operation o, Target t, TimelineEntry e, TimelineDetails d) {
        return new TargetOutcome(o.id, t.id, e.entryId, t.caseNumber, e.type.name(), e.occurredAt, t.status.name(),
                o.campaignCode, d.amount(), d.total(), d.total() == null ? null : d.installments().size(),
                d.durationHours(), d.durationHours() == null ? null : Boolean.TRUE.equals(d.complex()),
                d.detentionDays());
    }
}
