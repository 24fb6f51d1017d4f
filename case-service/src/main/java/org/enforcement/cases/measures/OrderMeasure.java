package org.enforcement.cases.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.Party;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.events.cases.MeasureOrdered;
import org.enforcement.rules.BusinessCalendar;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * Ordering a measure within its legal limits ({@link MeasurePolicy}): it awaits the director's approval where the
 * law or the bureau requires it; an integrator records only measures decided (and, for a search or valuation, done)
 * in the field.
 */
@UseCase
@ApplicationScoped
@Transactional
public class OrderMeasure {

    /** What an integrator (operation-service) may record: measures officers decided and took in the field. */
    /** An integrator records only measures decided in the field: the orders that take a fieldDecision. */
    static final Set<MeasureType> INTEGRATOR_TYPES = OrderMembers.typesAccepting("fieldDecision");

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseCalendar calendar;

    @Inject
    CaseConfig config;

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

    public MeasureResponse order(UUID caseId, OrderMeasureRequest request) {
        boolean fromIntegrator = caller.hasRole(Roles.INTEGRATOR) && !caller.hasAnyRole(Roles.JUDGE, Roles.DIRECTOR);
        if (fromIntegrator && !INTEGRATOR_TYPES.contains(request.type())) {
            throw ProblemException.forbidden("measure-type-not-allowed", "Not allowed for integrators",
                    "Integrators record only " + INTEGRATOR_TYPES.stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", ")) + " decided in the field; a " + request.type()
                            + " is ordered by a judge or the director.");
        }
        if (fromIntegrator && request.fieldDecision() == null) {
            throw ProblemException.invalidField("fieldDecision",
                    "is required when an integrator records a measure decided in the field");
        }
        MeasureRecords.requireFields(request.fieldErrors());
        if (request.endsOn() != null && !request.endsOn().isAfter(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must be after startsOn");
        }
        Case c = cases.lockInCourt(caseId, caller.court());
        // Ordered on the day given, else the day it was decided in the field, else today; day rules count from it.
        LocalDate orderedOn = request.orderedOn() != null ? request.orderedOn()
                : request.fieldDecision() != null
                ? LocalDate.ofInstant(request.fieldDecision().decidedAt(), BusinessCalendar.ZONE)
                : calendar.today();
        calendar.requireCaseDay(c, "orderedOn", orderedOn);
        if (request.deadline() != null && request.deadline().isBefore(orderedOn)) {
            throw ProblemException.invalidField("deadline",
                    "must not be before the day of the order (" + orderedOn + ", Asia/Shanghai)");
        }
        MeasureRecords.requireInEnforcement(c, "order measures");
        Party respondent = request.respondentId() == null ? null : MeasureRecords.respondent(c, request.respondentId());

        boolean complex = Boolean.TRUE.equals(request.complex());
        var terms = new MeasurePolicy.Terms(request.type(), respondent == null ? null : respondent.kind,
                request.durationHours(), complex, request.detentionDays(), request.amount(), request.startsOn(),
                request.endsOn());
        MeasurePolicy.Verdict verdict = MeasurePolicy.evaluate(terms);
        if (verdict instanceof MeasurePolicy.Violation v) {
            throw ProblemException.unprocessable(v.rule(), "Outside the legal limits", v.detail())
                    .with("legalBasis", v.legalBasis())
                    .with("field", v.field());
        }
        // A search or valuation recorded from the field was done there (under the signed warrant it cites): it
        // arrives with its result, so it is not ordered a second time and awaits no approval.
        boolean doneInField = request.doneInField();
        boolean approvalRequired = ((MeasurePolicy.Permitted) verdict).approvalRequired() && !doneInField;
        // A hand-over records what officers already did on the spot (交付 / 迁出): it is executed when written down.
        boolean executed = request.type() == MeasureType.HANDOVER || doneInField;

        Measure m = measure(c, request, respondent, complex);
        m.status = approvalRequired ? MeasureStatus.PENDING_APPROVAL
                : executed ? (request.type() == MeasureType.VALUATION ? MeasureStatus.COMPLETED : MeasureStatus.EXECUTED)
                : MeasureStatus.ORDERED;
        m.orderedOn = orderedOn;
        if (executed) {
            m.resultAt = m.orderedAt;
            m.resultOn = orderedOn;
        }
        measures.persist(m);
        em.flush();

        events.publish(c.court, c.id.toString(), "Measure", m.id.toString(),
                MeasureOrdered.of(MeasureRecords.facts(c, m), m.resultAmount));
        audit.record("MEASURE_ORDERED", "Measure", m.id.toString(), c.caseNumber + " " + MeasureRecords.describe(m));
        return views.response(c, m);
    }

    /** The measure's record as ordered (status and days are the caller's to set). */
    private Measure measure(Case c, OrderMeasureRequest request, Party respondent, boolean complex) {
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.caseId = c.id;
        m.court = c.court;
        m.type = request.type();
        m.respondentId = respondent == null ? null : respondent.id;
        m.reason = OrderMeasureRequest.blankToNull(request.reason());
        m.durationHours = request.durationHours();
        m.complex = request.type() == MeasureType.SUMMONS ? complex : null;
        m.detentionDays = request.detentionDays();
        m.amount = request.amount() == null ? null : request.amount().setScale(2);
        m.deadline = request.deadline();
        m.startsOn = request.startsOn();
        m.endsOn = request.endsOn();
        m.property = OrderMeasureRequest.blankToNull(request.property());
        m.warrantNumber = OrderMeasureRequest.blankToNull(request.warrantNumber());
        m.supervisingProcuratorate = OrderMeasureRequest.blankToNull(request.supervisingProcuratorate());
        m.witnesses = request.witnesses() == null || request.witnesses().isEmpty() ? null
                : request.witnesses().stream().map(w -> new Witness(w.name().strip(), w.capacity())).toList();
        if (request.fieldDecision() != null) {
            m.fieldDecidedBy = request.fieldDecision().decidedBy().strip();
            m.fieldDecidedAt = request.fieldDecision().decidedAt();
            m.fieldReference = OrderMeasureRequest.blankToNull(request.fieldDecision().reference());
        }
        m.orderedBy = caller.id();
        m.orderedAt = clock.instant();
        if (request.fieldResult() != null) {
            m.resultAmount = request.fieldResult().amount() == null ? null : request.fieldResult().amount().setScale(2);
            m.resultNote = OrderMeasureRequest.blankToNull(request.fieldResult().note());
        }
        return m;
    }
}
