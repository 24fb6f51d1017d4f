package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.cases.CaseConcluded;
import org.enforcement.events.cases.CaseEnforcementStarted;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.cases.CaseResumed;
import org.enforcement.events.cases.CaseSettlementPerforming;
import org.enforcement.rules.BusinessCalendar;

/**
 * Moves a case the lifecycle allows ({@link CaseLifecycle}), on a case a use case already holds: records who did it
 * and why, and publishes the move to the feed. The facts a move depends on are the use case's to check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseMoves {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseCalendar calendar;

    @Inject
    CaseConfig config;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    /**
     * The move happens on {@code on} (the business day statistics count it on, carried by the event as startedOn,
     * signedOn, resumedOn or concludedOn), today when null. A conclusion day before the filing day counts as the
     * filing day.
     */
    public void move(Case c, CaseAction action, ConclusionType conclusionType, String reason, LocalDate on) {
        CaseStatus from = c.status;
        CaseStatus to = CaseLifecycle.next(c, action, conclusionType);
        c.status = to;
        c.conclusionType = to == CaseStatus.CONCLUDED ? conclusionType : null;
        c.concludedAt = to == CaseStatus.CONCLUDED ? concludedAt(c, on) : null;
        record(c, action, from, to, conclusionType, reason);

        LocalDate day = on == null ? calendar.today() : on;
        String number = c.caseNumber;
        String status = to.name();
        CaseEvent event = switch (action) {
            case START_ENFORCEMENT -> new CaseEnforcementStarted(number, status, c.filedOn, c.campaignCode,
                    from.name(), to.name(), day);
            case SETTLE -> new CaseSettlementPerforming(number, status, c.filedOn, c.campaignCode, from.name(),
                    to.name(), day);
            case RESUME -> new CaseResumed(number, status, c.filedOn, c.campaignCode, from.name(), to.name(), day);
            case CONCLUDE -> {
                LocalDate concludedOn = LocalDate.ofInstant(c.concludedAt, BusinessCalendar.ZONE);
                yield new CaseConcluded(number, status, c.filedOn, c.campaignCode, from.name(), to.name(),
                        conclusionType.name(), concludedOn, ChronoUnit.DAYS.between(c.filedOn, concludedOn),
                        c.owed(), c.ledger().paid());
            }
            // Filing creates the case; it is never a move of one (CaseLifecycle refuses it before this).
            case FILE -> throw new IllegalArgumentException("Filing is not a move of a case");
        };
        events.publish(c.court, c.id.toString(), "Case", c.id.toString(), event);
    }

    /** Writes the transition row (the case's history): also for filing, which is no move. */
    void record(Case c, CaseAction action, CaseStatus from, CaseStatus to, ConclusionType type, String reason) {
        CaseTransition t = new CaseTransition();
        t.caseId = c.id;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.conclusionType = type;
        t.reason = reason;
        t.actor = caller.id();
        t.roles = caller.rolesText();
        t.occurredAt = clock.instant();
        cases.getEntityManager().persist(t);
    }

    /**
     * The instant stored for a conclusion on {@code day}: now if it is today, otherwise 23:59:59 of that day in the
     * court's zone, so the day read back in that zone is the day given and the instant is never in the future.
     * Nothing orders or rules on concludedAt beyond its day; the transition itself keeps when it was recorded.
     */
    private Instant concludedAt(Case c, LocalDate day) {
        LocalDate on = day == null || day.isAfter(c.filedOn) ? day : c.filedOn;
        if (on == null || !on.isBefore(calendar.today())) {
            return clock.instant();
        }
        return on.atTime(LocalTime.of(23, 59, 59)).atZone(BusinessCalendar.ZONE).toInstant();
    }
}
