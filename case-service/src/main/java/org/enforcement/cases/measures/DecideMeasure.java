package org.enforcement.cases.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.cases.MeasureApproved;
import org.enforcement.events.cases.MeasureRejected;

/** The director's decision on a measure awaiting approval (maker-checker: never the one who ordered it). */
@UseCase
@ApplicationScoped
@Transactional
public class DecideMeasure {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseCalendar calendar;

    @Inject
    MeasureRepository measures;

    @Inject
    MeasureViews views;

    @Inject
    EntityManager em;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public MeasureResponse decide(UUID caseId, UUID measureId, String ifMatch, DecideMeasureRequest request) {
        Case c = cases.lockInCourt(caseId, caller.court());
        Measure m = measures.inCase(c.id, measureId).orElseThrow(() -> MeasureRecords.notFound(c, measureId));
        Preconditions.requireIfMatch(ifMatch, m.version);
        if (m.status != MeasureStatus.PENDING_APPROVAL) {
            throw ProblemException.conflict("measure-not-pending", "Measure is not awaiting approval",
                    "Measure " + m.id + " is " + m.status + "; only a measure PENDING_APPROVAL can be decided.");
        }
        if (caller.isSamePersonAs(m.orderedBy)) {
            throw ProblemException.forbidden("maker-checker", "Same person cannot approve",
                    "You ordered this measure; another director must decide it.");
        }
        boolean approve = request.approve();
        if (approve) {
            MeasureRecords.requireInEnforcement(c, "approve measures");
        }
        LocalDate decidedOn = request.decidedOn() == null ? calendar.today() : request.decidedOn();
        MeasureRecords.requireMeasureDay(calendar, c, m, "decidedOn", decidedOn);
        m.status = approve ? MeasureStatus.ORDERED : MeasureStatus.REJECTED;
        m.decidedBy = caller.id();
        m.decidedAt = clock.instant();
        m.decidedOn = decidedOn;
        m.decisionNote = OrderMeasureRequest.blankToNull(request.note());
        em.flush();

        var facts = MeasureRecords.facts(c, m);
        events.publish(c.court, c.id.toString(), "Measure", m.id.toString(), approve
                ? MeasureApproved.of(facts, true, decidedOn) : MeasureRejected.of(facts, false, decidedOn));
        audit.record(approve ? "MEASURE_APPROVED" : "MEASURE_REJECTED", "Measure", m.id.toString(),
                c.caseNumber + " " + MeasureRecords.describe(m) + (m.decisionNote == null ? "" : ": " + m.decisionNote));
        return views.response(c, m);
    }
}
