package org.enforcement.operations.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.operations.TargetOutcome;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationAction;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.operations.OperationStatus;
import org.enforcement.operations.streams.PrivacyScrub;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.targets.TargetRepository;
import org.enforcement.operations.targets.TargetService;
import org.enforcement.operations.targets.TargetStatus;
import org.enforcement.operations.teams.TeamService;
import org.enforcement.rules.measures.SummonsDuration;
import org.enforcement.rules.privacy.Masking;
import org.enforcement.rules.privacy.PersonalDataScrubber;
import org.enforcement.rules.settlements.InstallmentPlan;

/**
 * The operation's timeline (执行记录): timestamped, append-only, hash-chained per operation. Appends lock the
 * operation row, so each entry sees its true predecessor and the chain never forks; the entry, the target's new
 * status, the audit entry and (through {@link TimelineListener}s) the outcome's delivery to case-service commit
 * together. The TargetOutcome event of an outcome without a delivery (found, not found) commits with them too; that
 * of an outcome delivered to case-service waits with its delivery and is published when case-service accepts it.
 */
@ApplicationScoped
public class TimelineService {

    @Inject
    Clock clock;

    /** How far ahead of our clock a device's clock may be before occurredAt counts as "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    /** Outcomes recorded at most once per target of an operation. */
    private static final Set<TimelineEventType> ONCE_PER_TARGET = EnumSet.of(TimelineEventType.SUMMONED,
            TimelineEventType.DETAINED, TimelineEventType.SETTLEMENT_REACHED);
    /** Entries may happen this many days before or after the operation's date (local days, whole). */
    static final int OCCURRED_WITHIN_DAYS = 1;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    OperationService operations;

    @Inject
    TargetRepository targets;

    @Inject
    TeamService teams;

    @Inject
    TimelineRepository timeline;

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
        TimelineDetails details = request.details() == null ? TimelineDetails.NONE : request.details();
        requireShape(request, details);
        Instant occurredAt = request.occurredAt().truncatedTo(ChronoUnit.MICROS);
        if (occurredAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("occurredAt", "must not be in the future");
        }

        Operation o = operations.lock(operationId);
        requireNearTheDay(o, occurredAt);
        if (o.status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("operation-closed", "Operation closed",
                    "Operation " + o.name + " is closed; its timeline can no longer change.");
        }
        if (o.status != OperationStatus.ASSEMBLED && o.status != OperationStatus.UNDERWAY) {
            throw ProblemException.conflict("operation-not-started", "Operation not started",
                    "Operation " + o.name + " is " + o.status + "; the timeline is written once it has assembled"
                            + " (ASSEMBLED or UNDERWAY).")
                    .with("currentStatus", o.status.name());
        }
        if (type.step()) {
            throw ProblemException.unprocessable("step-entry-reserved", "Written by the operation's steps",
                    type + " entries are written by the operation's transitions (POST /api/operations/" + o.id
                            + "/transitions), not posted.");
        }
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
        TimelineDetails stored = details.normalised(type);
        if (type == TimelineEventType.SETTLEMENT_REACHED && stored.signedOn() == null) {
            stored = withSignedOn(stored, LocalDate.ofInstant(occurredAt, config.zone()));
        }
        requireRules(type, stored);

        TimelineEntry e = write(o, target, request.teamId(), type, occurredAt, stored);
        if (target != null) {
            if (type == TimelineEventType.DEBTOR_FOUND) {
                target.status = TargetStatus.FOUND;
            } else if (type == TimelineEventType.DEBTOR_NOT_FOUND) {
                target.status = TargetStatus.NOT_FOUND;
            }
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
        return view(e);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntryResponse> list(UUID operationId, UUID targetId) {
        Operation o = operations.get(operationId);
        if (targetId == null) {
            return timeline.ofOperation(o.id).stream().map(this::view).toList();
        }
        Target t = targets.inOperation(o.id, targetId).orElseThrow(() -> TargetService.notFound(targetId));
        return timeline.ofTarget(o.id, t.id).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimelineEntryResponse get(UUID operationId, UUID entryId) {
        Operation o = operations.get(operationId);
        return timeline.find("operationId = ?1 and entryId = ?2", o.id, entryId).firstResultOptional()
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("timeline-entry-not-found", "Timeline entry not found",
                        "This operation's timeline has no entry " + entryId + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimelineVerification verify(UUID operationId) {
        return verifyChain(operations.get(operationId).id);
    }

    /** The record (执行笔录) of one target: its entries in time order, and the state of the operation's chain. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetRecord record(UUID operationId, UUID targetId) {
        Operation o = operations.get(operationId);
        Target t = targets.inOperation(o.id, targetId).orElseThrow(() -> TargetService.notFound(targetId));
        List<TargetRecord.Line> lines = timeline.ofTarget(o.id, t.id).stream()
                .sorted(Comparator.comparing((TimelineEntry e) -> e.occurredAt).thenComparing(e -> e.id))
                .map(e -> new TargetRecord.Line(e.entryId, e.type, e.occurredAt, localTime(e.occurredAt),
                        TimelineDescriptions.describe(e.type, TimelineChain.typedDetails(e.details))))
                .toList();
        if (!readsAsWritten()) {
            // Observers and integrators read the record as the public would: no number in any separator style.
            PersonalDataScrubber target = scrubberOf(t);
            lines = lines.stream().map(l -> new TargetRecord.Line(l.entryId(), l.type(), l.occurredAt(),
                    l.localTime(), target.scrub(scrub(l.description())))).toList();
        }
        return new TargetRecord(o.court, o.id, o.name, o.campaignCode, o.date, t.id, t.caseNumber, t.debtorName,
                t.status, lines, verifyChain(o.id));
    }

    // --- the chain -------------------------------------------------------------------------------------------------

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

    private TimelineVerification verifyChain(UUID operationId) {
        String expected = TimelineChain.GENESIS;
        long checked = 0;
        List<TimelineEntry> entries = timeline.ofOperation(operationId);
        String head = entries.isEmpty() ? TimelineChain.GENESIS : entries.get(entries.size() - 1).hash;
        for (TimelineEntry e : entries) {
            if (!e.previousHash.equals(expected)) {
                return new TimelineVerification(false, checked, e.entryId, head, "Entry " + e.entryId
                        + " does not link to the entry before it (one was changed, removed or inserted).");
            }
            if (!TimelineChain.hash(e).equals(e.hash)) {
                return new TimelineVerification(false, checked, e.entryId, head,
                        "Entry " + e.entryId + " was altered after it was written.");
            }
            expected = e.hash;
            checked++;
        }
        return new TimelineVerification(true, checked, null, head, "The chain is intact.");
    }

    // --- rules -----------------------------------------------------------------------------------------------------

    private static void requireShape(AppendTimelineEntryRequest request, TimelineDetails details) {
        TimelineEventType type = request.type();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (type.atTarget() && request.targetId() == null) {
            errors.add(new Problem.FieldError("targetId", "is required for a " + type + " entry"));
        }
        if (type == TimelineEventType.TEAM_RETURNED && request.teamId() == null) {
            errors.add(new Problem.FieldError("teamId", "is required for a " + type + " entry"));
        }
        if (type == TimelineEventType.TEAM_RETURNED && request.targetId() != null) {
            errors.add(new Problem.FieldError("targetId", "does not apply to a " + type + " entry"));
        }
        errors.addAll(details.fieldErrors(type));
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            throw new ProblemException(400, "validation", "Request is not valid", detail, errors);
        }
    }

    /**
     * One outcome per target: a debtor found stays found (neither found again nor not found; not found and then found
     * on a revisit is fine), and a summons, a detention or a settlement is recorded at most once per target of an
     * operation. Payments may be several. The caller holds the operation's row lock, so two concurrent appends for
     * one target see each other.
     */
    private void requireNewOutcome(Operation o, Target target, TimelineEventType type) {
        TimelineEventType recordedType;
        String rule;
        if (type == TimelineEventType.DEBTOR_FOUND || type == TimelineEventType.DEBTOR_NOT_FOUND) {
            if (target.status != TargetStatus.FOUND) {
                return;
            }
            recordedType = TimelineEventType.DEBTOR_FOUND;
            rule = type == TimelineEventType.DEBTOR_FOUND
                    ? "a debtor is found once per target"
                    : "a debtor found cannot become not found; write a NOTE if he left meanwhile";
        } else if (ONCE_PER_TARGET.contains(type)) {
            recordedType = type;
            rule = type + " is recorded at most once per target of an operation";
        } else {
            return;
        }
        TimelineEntry recorded = timeline.lastOfTarget(o.id, target.id, recordedType).orElse(null);
        if (recorded == null) {
            return;
        }
        throw ProblemException.conflict("outcome-already-recorded", "Outcome already recorded",
                        "Target " + target.caseNumber + ": " + recordedType + " was already recorded at "
                                + localTime(recorded.occurredAt) + " (" + recorded.occurredAt + ", entry "
                                + recorded.entryId + " by " + recorded.recordedBy + "); " + rule + ".")
                .with("recordedType", recordedType.name())
                .with("recordedAt", recorded.occurredAt.toString())
                .with("recordedLocalTime", localTime(recorded.occurredAt))
                .with("recordedEntryId", recorded.entryId.toString())
                .with("targetStatus", target.status.name());
    }

    /**
     * An entry happens on the operation's day or the day either side (a raid assembling before midnight, a report
     * written up the next day), in the configured zone; anything further off is a typo or a wrong clock.
     */
    private void requireNearTheDay(Operation o, Instant occurredAt) {
        Instant from = o.date.minusDays(OCCURRED_WITHIN_DAYS).atStartOfDay(config.zone()).toInstant();
        Instant until = o.date.plusDays(OCCURRED_WITHIN_DAYS + 1).atStartOfDay(config.zone()).toInstant();
        if (occurredAt.isBefore(from) || !occurredAt.isBefore(until)) {
            throw ProblemException.invalidField("occurredAt", "must lie within a day of the operation's date "
                    + o.date + ": from " + o.date.minusDays(OCCURRED_WITHIN_DAYS) + " 00:00 to "
                    + o.date.plusDays(OCCURRED_WITHIN_DAYS) + " 24:00 (" + config.zone() + "); "
                    + occurredAt.atZone(config.zone()).toLocalDateTime() + " is not");
        }
    }

    /** The shared rules (domain-rules): the summons' duration and the settlement's installment plan. */
    private static void requireRules(TimelineEventType type, TimelineDetails d) {
        if (type == TimelineEventType.SUMMONED) {
            boolean complex = Boolean.TRUE.equals(d.complex());
            SummonsDuration.breach(d.durationHours(), complex, "recorded").ifPresent(detail -> {
                throw ProblemException.unprocessable(SummonsDuration.RULE, "Outside the legal limits", detail)
                        .with("legalBasis", SummonsDuration.LEGAL_BASIS).with("field", "details.durationHours");
            });
        }
        if (type == TimelineEventType.SETTLEMENT_REACHED) {
            var plan = d.installments().stream()
                    .map(i -> new InstallmentPlan.Installment(i.dueOn(), i.amount())).toList();
            InstallmentPlan.check(d.signedOn(), d.total(), plan).ifPresent(flaw -> {
                var problem = ProblemException.unprocessable(flaw.type(), flaw.title(), flaw.detail());
                if (flaw.kind() == InstallmentPlan.Kind.DOES_NOT_ADD_UP) {
                    problem.with("installmentsSum", flaw.installmentsSum()).with("total", flaw.total());
                }
                throw problem;
            });
        }
    }

    private static TimelineDetails withSignedOn(TimelineDetails d, LocalDate signedOn) {
        return new TimelineDetails(d.amount(), d.payer(), d.minutes(), d.durationHours(), d.complex(),
                d.detentionDays(), d.total(), d.installments(), signedOn, d.terms(), d.procuratorate(), d.warrantNumber(),
                d.item(),
                d.note());
    }

    // --- views and events ------------------------------------------------------------------------------------------

    /** What stats-service counts: no names, no free text, only what happened and the amounts. */
    private static TargetOutcome outcome(Operation o, Target t, TimelineEntry e, TimelineDetails d) {
        return new TargetOutcome(o.id, t.id, e.entryId, t.caseNumber, e.type.name(), e.occurredAt, t.status.name(),
                o.campaignCode, d.amount(), d.total(), d.total() == null ? null : d.installments().size(),
                d.durationHours(), d.durationHours() == null ? null : Boolean.TRUE.equals(d.complex()),
                d.detentionDays());
    }

    /**
     * Judges, directors, officers and clerks see the details as written. Everyone else (observers, integrators) sees
     * the payer's name masked and every other free text (note, terms, item, procuratorate ...) with phone, ID and
     * other long numbers scrubbed, as in the printed record.
     */
    private TimelineEntryResponse view(TimelineEntry e) {
        Map<String, Object> details = TimelineChain.details(e.details);
        if (!readsAsWritten()) {
            PersonalDataScrubber target = scrubberOf(e.targetId == null ? null : targets.findById(e.targetId));
            details.replaceAll((field, value) -> {
                if (!(value instanceof String text)) {
                    return value;
                }
                return "payer".equals(field) ? Masking.personName(text) : target.scrub(scrub(text));
            });
        }
        return new TimelineEntryResponse(e.entryId, e.id, e.type, e.targetId, e.teamId, e.occurredAt,
                localTime(e.occurredAt), e.recordedAt, e.recordedBy, details, e.previousHash, e.hash);
    }

    /** Court staff (judges, directors, officers, clerks) read the timeline as written. */
    private boolean readsAsWritten() {
        return caller.hasAnyRole(Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.CLERK);
    }

    /**
     * The target's own debtor and address, so "在王营镇某村12号找到秦某某" reads "在江苏省淮安市****找到秦某" for an
     * observer; without a target, the numbers and e-mail addresses only.
     */
    private static PersonalDataScrubber scrubberOf(Target t) {
        if (t == null) {
            return PersonalDataScrubber.withoutParties();
        }
        return PersonalDataScrubber.forParties(List.of(new PersonalDataScrubber.Party(t.debtorName, true,
                t.address)));
    }

    /** The printed record's redaction, then the public scrub (grouped or full-width digits, card numbers). */
    static String scrub(String text) {
        return PrivacyScrub.text(TimelineDescriptions.redact(text));
    }

    private String localTime(Instant at) {
        return CLOCK.format(at.atZone(config.zone()));
    }
}
