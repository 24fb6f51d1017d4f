package org.enforcement.operations.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.operations.OperationStatus;
import org.enforcement.operations.operations.OperationWindow;
import org.enforcement.operations.targets.TargetStatus;
import org.enforcement.rules.measures.SummonsDuration;
import org.enforcement.rules.settlements.InstallmentPlan;

/**
 * What may be appended to an operation's timeline, and when. Pure: the service holds the operation's lock, reads the
 * store and hands the facts in; these rules decide and answer with the problem a client sees.
 */
public final class TimelineRules {

    /** Entries may happen this many days before or after the operation's date (local days, whole). */
    static final int OCCURRED_WITHIN_DAYS = 1;
    /** Outcomes recorded at most once per target of an operation. */
    private static final Set<TimelineEventType> ONCE_PER_TARGET = EnumSet.of(TimelineEventType.SUMMONED,
            TimelineEventType.DETAINED, TimelineEventType.SETTLEMENT_REACHED);

    private TimelineRules() {
    }

    /** 400 listing every missing or misplaced member: targetId, teamId and the type's details. */
    static void requireShape(AppendTimelineEntryRequest request) {
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
        List<Problem.FieldError> facts = new ArrayList<>();
        EntryFacts.missing(type, request.details()).forEach(member -> facts.add(
                new Problem.FieldError("details." + member, "is required for a " + type + " entry")));
        request.misplaced().forEach(member -> facts.add(
                new Problem.FieldError("details." + member, "does not apply to a " + type + " entry")));
        facts.sort(Comparator.comparing(Problem.FieldError::field));
        errors.addAll(facts);
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            throw new ProblemException(400, "validation", "Request is not valid", detail, errors);
        }
    }

    /** What happened is not in the future (beyond a device's clock skew). */
    static void requireNotInFuture(Instant occurredAt, Instant now) {
        OperationWindow.requireNotInFuture("occurredAt", occurredAt, now);
    }

    /**
     * An entry happens on the operation's day or the day either side (a raid assembling before midnight, a report
     * written up the next day), in the configured zone; anything further off is a typo or a wrong clock.
     */
    static void requireNearTheDay(LocalDate date, Instant occurredAt, ZoneId zone) {
        OperationWindow.outside(date, occurredAt, zone, OCCURRED_WITHIN_DAYS).ifPresent(message -> {
            throw ProblemException.invalidField("occurredAt", message);
        });
    }

    /**
     * The timeline is written once the operation has assembled and until it closes; the steps (assembled, departed,
     * closed) are written by the operation's transitions, never posted.
     */
    static void requireWritable(UUID operationId, String operationName, OperationStatus status,
                                TimelineEventType type) {
        if (status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("operation-closed", "Operation closed",
                    "Operation " + operationName + " is closed; its timeline can no longer change.");
        }
        if (status != OperationStatus.ASSEMBLED && status != OperationStatus.UNDERWAY) {
            throw ProblemException.conflict("operation-not-started", "Operation not started",
                    "Operation " + operationName + " is " + status + "; the timeline is written once it has"
                            + " assembled (ASSEMBLED or UNDERWAY).")
                    .with("currentStatus", status.name());
        }
        if (type.step()) {
            throw ProblemException.unprocessable("step-entry-reserved", "Written by the operation's steps",
                    type + " entries are written by the operation's transitions (POST /api/operations/" + operationId
                            + "/transitions), not posted.");
        }
    }

    /** An outcome a target may have only once: the type already recorded that a new entry would repeat, and why. */
    record OnceRule(TimelineEventType recordedType, String rule) {
    }

    /**
     * One outcome per target: a debtor found stays found (neither found again nor not found; not found and then found
     * on a revisit is fine), and a summons, a detention or a settlement is recorded at most once per target of an
     * operation. Payments may be several. Empty when {@code type} may be recorded whatever came before.
     */
    static Optional<OnceRule> onceRule(TimelineEventType type, TargetStatus status) {
        if (type == TimelineEventType.DEBTOR_FOUND || type == TimelineEventType.DEBTOR_NOT_FOUND) {
            if (status != TargetStatus.FOUND) {
                return Optional.empty();
            }
            return Optional.of(new OnceRule(TimelineEventType.DEBTOR_FOUND, type == TimelineEventType.DEBTOR_FOUND
                    ? "a debtor is found once per target"
                    : "a debtor found cannot become not found; write a NOTE if he left meanwhile"));
        }
        if (ONCE_PER_TARGET.contains(type)) {
            return Optional.of(new OnceRule(type, type + " is recorded at most once per target of an operation"));
        }
        return Optional.empty();
    }

    /** 409 naming the earlier entry that the new one would repeat. */
    static ProblemException alreadyRecorded(String caseNumber, TargetStatus status, OnceRule once,
                                            Instant recordedAt, String recordedLocalTime, UUID entryId,
                                            String recordedBy) {
        return ProblemException.conflict("outcome-already-recorded", "Outcome already recorded",
                        "Target " + caseNumber + ": " + once.recordedType() + " was already recorded at "
                                + recordedLocalTime + " (" + recordedAt + ", entry " + entryId + " by " + recordedBy
                                + "); " + once.rule() + ".")
                .with("recordedType", once.recordedType().name())
                .with("recordedAt", recordedAt.toString())
                .with("recordedLocalTime", recordedLocalTime)
                .with("recordedEntryId", entryId.toString())
                .with("targetStatus", status.name());
    }

    /** What is stored: the details normalised, a settlement signed on the local day it was reached unless given. */
    static TimelineDetails stored(TimelineEventType type, TimelineDetails details, Instant occurredAt, ZoneId zone) {
        TimelineDetails d = details.normalised(type);
        if (type != TimelineEventType.SETTLEMENT_REACHED || d.signedOn() != null) {
            return d;
        }
        return new TimelineDetails(d.amount(), d.payer(), d.minutes(), d.durationHours(), d.complex(),
                d.detentionDays(), d.total(), d.installments(), LocalDate.ofInstant(occurredAt, zone), d.terms(),
                d.procuratorate(), d.warrantNumber(), d.item(), d.note());
    }

    /** The shared rules (domain-rules): the summons' duration and the settlement's installment plan. */
    static void requireLegalLimits(TimelineEventType type, TimelineDetails d) {
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
                if (flaw.kind() == InstallmentPlan.Kind.DUE_TOO_LATE) {
                    throw ProblemException.invalidField("details.installments[" + flaw.index() + "].dueOn",
                            InstallmentPlan.dueTooLate(d.signedOn()));
                }
                var problem = ProblemException.unprocessable(flaw.type(), flaw.title(), flaw.detail());
                if (flaw.kind() == InstallmentPlan.Kind.DOES_NOT_ADD_UP) {
                    problem.with("installmentsSum", flaw.installmentsSum()).with("total", flaw.total());
                }
                throw problem;
            });
        }
    }

    /** DEBTOR_FOUND and DEBTOR_NOT_FOUND set the target's status; other entries leave it as it is. */
    static TargetStatus statusAfter(TimelineEventType type, TargetStatus current) {
        return switch (type) {
            case DEBTOR_FOUND -> TargetStatus.FOUND;
            case DEBTOR_NOT_FOUND -> TargetStatus.NOT_FOUND;
            default -> current;
        };
    }
}
