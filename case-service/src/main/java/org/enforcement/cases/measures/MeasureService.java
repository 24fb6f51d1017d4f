package org.enforcement.cases.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseService;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.casefiles.CaseStatus;
import org.enforcement.cases.casefiles.Party;
import org.enforcement.cases.casefiles.PartyKind;
import org.enforcement.cases.casefiles.PartyRole;
import org.enforcement.cases.casefiles.PersonalData;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.cases.payments.Payment;
import org.enforcement.cases.payments.PaymentService;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.AuctionSold;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.cases.MeasureApproved;
import org.enforcement.events.cases.MeasureExecuted;
import org.enforcement.events.cases.MeasureFacts;
import org.enforcement.events.cases.MeasureOrdered;
import org.enforcement.events.cases.MeasureRejected;
import org.enforcement.events.cases.PropertyReportRefused;
import org.enforcement.events.cases.ValuationRecorded;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * Ordering measures within their legal limits ({@link MeasurePolicy}), the director's approval where the law or
 * the bureau requires it (maker-checker), and recording results; an auction's proceeds become a payment. Every
 * change locks the case row, publishes an event and writes an audit entry in the same transaction.
 */
@ApplicationScoped
public class MeasureService {

    @Inject
    Clock clock;

    @Inject
    MeasureRepository measures;

    @Inject
    CaseText text;

    @Inject
    CaseService caseService;

    @Inject
    PaymentService payments;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    CaseConfig config;

    @Inject
    EntityManager em;



    /** What an integrator (operation-service) may record: measures officers decided and took in the field. */
    static final Set<MeasureType> INTEGRATOR_TYPES = Set.of(MeasureType.SUMMONS, MeasureType.DETENTION,
            MeasureType.HANDOVER, MeasureType.SEARCH, MeasureType.VALUATION);

    /** The measure a request ordered, and whether this is the answer of an earlier request with the same key. */
    @Transactional
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
        requireFields(request.fieldErrors());
        if (request.endsOn() != null && !request.endsOn().isAfter(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must be after startsOn");
        }
        Case c = caseService.lockForChange(caseId);
        // Ordered on the day given, else the day it was decided in the field, else today; day rules count from it.
        LocalDate orderedOn = request.orderedOn() != null ? request.orderedOn()
                : request.fieldDecision() != null
                ? LocalDate.ofInstant(request.fieldDecision().decidedAt(), config.zone())
                : caseService.today();
        caseService.requireCaseDay(c, "orderedOn", orderedOn);
        if (request.deadline() != null && request.deadline().isBefore(orderedOn)) {
            throw ProblemException.invalidField("deadline",
                    "must not be before the day of the order (" + orderedOn + ", Asia/Shanghai)");
        }
        requireInEnforcement(c, "order measures");
        Party respondent = request.respondentId() == null ? null : respondent(c, request.respondentId());

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
        boolean doneInField = request.fieldDecision() != null
                && OrderMeasureRequest.FIELD_RESULT_TYPES.contains(request.type());
        boolean approvalRequired = ((MeasurePolicy.Permitted) verdict).approvalRequired() && !doneInField;
        // A hand-over records what officers already did on the spot (交付 / 迁出): it is executed when written down.
        boolean executed = request.type() == MeasureType.HANDOVER || doneInField;

        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.caseId = c.id;
        m.court = c.court;
        m.type = request.type();
        m.status = approvalRequired ? MeasureStatus.PENDING_APPROVAL
                : executed ? (request.type() == MeasureType.VALUATION ? MeasureStatus.COMPLETED : MeasureStatus.EXECUTED)
                : MeasureStatus.ORDERED;
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
        m.orderedOn = orderedOn;
        if (executed) {
            m.resultAt = m.orderedAt;
            m.resultOn = orderedOn;
        }
        if (request.fieldResult() != null) {
            m.resultAmount = request.fieldResult().amount() == null ? null : request.fieldResult().amount().setScale(2);
            m.resultNote = OrderMeasureRequest.blankToNull(request.fieldResult().note());
        }
        measures.persist(m);
        em.flush();

        events.publish(c.court, c.id.toString(), "Measure", m.id.toString(),
                MeasureOrdered.of(facts(c, m, respondent), m.resultAmount));
        audit.record("MEASURE_ORDERED", "Measure", m.id.toString(), c.caseNumber + " " + describe(m));
        return response(c, m);
    }

    @Transactional
    public MeasureResponse decide(UUID caseId, UUID measureId, String ifMatch, DecideMeasureRequest request) {
        Case c = caseService.lockForChange(caseId);
        Measure m = find(c, measureId);
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
            requireInEnforcement(c, "approve measures");
        }
        LocalDate decidedOn = request.decidedOn() == null ? caseService.today() : request.decidedOn();
        requireMeasureDay(c, m, "decidedOn", decidedOn);
        m.status = approve ? MeasureStatus.ORDERED : MeasureStatus.REJECTED;
        m.decidedBy = caller.id();
        m.decidedAt = clock.instant();
        m.decidedOn = decidedOn;
        m.decisionNote = OrderMeasureRequest.blankToNull(request.note());
        em.flush();

        MeasureFacts facts = facts(c, m, respondentOf(c, m));
        events.publish(c.court, c.id.toString(), "Measure", m.id.toString(), approve
                ? MeasureApproved.of(facts, true, decidedOn) : MeasureRejected.of(facts, false, decidedOn));
        audit.record(approve ? "MEASURE_APPROVED" : "MEASURE_REJECTED", "Measure", m.id.toString(),
                c.caseNumber + " " + describe(m) + (m.decisionNote == null ? "" : ": " + m.decisionNote));
        return response(c, m);
    }

    @Transactional
    public MeasureResponse recordResult(UUID caseId, UUID measureId, String ifMatch, MeasureResultRequest request) {
        Case c = caseService.lockForChange(caseId);
        Measure m = find(c, measureId);
        Preconditions.requireIfMatch(ifMatch, m.version);
        if (m.status != MeasureStatus.ORDERED) {
            throw ProblemException.conflict("measure-not-in-force", "Measure is not in force",
                    "Measure " + m.id + " is " + m.status + "; only an ORDERED measure can get a result.");
        }
        requireFields(request.fieldErrors(m.type));
        requireInEnforcement(c, "record results of measures");
        LocalDate resultOn = request.dayFor(m.type) == null ? caseService.today() : request.dayFor(m.type);
        requireMeasureDay(c, m, MeasureResultRequest.dayFieldFor(m.type), resultOn);
        m.resultNote = OrderMeasureRequest.blankToNull(request.note());
        m.resultAt = clock.instant();
        m.resultOn = resultOn;
        ResultEvent eventType;
        BigDecimal credited = null;
        switch (m.type) {
            case PROPERTY_REPORT_ORDER -> {
                boolean refused = request.refused();
                m.status = refused ? MeasureStatus.REFUSED : MeasureStatus.COMPLETED;
                eventType = refused ? ResultEvent.REFUSED : ResultEvent.EXECUTED;
            }
            case VALUATION -> {
                m.status = MeasureStatus.COMPLETED;
                m.resultAmount = request.amount().setScale(2);
                eventType = ResultEvent.VALUED;
            }
            case AUCTION -> {
                m.status = MeasureStatus.COMPLETED;
                m.resultAmount = request.amount().setScale(2);
                Payment p = payments.recordAuctionProceeds(c, m.resultAmount, m.resultOn, "网络司法拍卖成交 " + m.id);
                m.paymentId = p == null ? null : p.id;
                credited = p == null ? new BigDecimal("0.00") : p.amount;
                eventType = ResultEvent.SOLD;
            }
            default -> {
                m.status = MeasureStatus.EXECUTED;
                eventType = ResultEvent.EXECUTED;
            }
        }
        em.flush();

        MeasureFacts facts = facts(c, m, respondentOf(c, m));
        CaseEvent result = switch (eventType) {
            case EXECUTED -> MeasureExecuted.of(facts, m.resultAmount, m.resultOn);
            case REFUSED -> PropertyReportRefused.of(facts, m.resultAmount, m.resultOn);
            case VALUED -> ValuationRecorded.of(facts, m.resultAmount, m.resultOn);
            case SOLD -> AuctionSold.of(facts, m.resultAmount, m.resultOn, m.resultOn, credited, m.paymentId);
        };
        events.publish(c.court, c.id.toString(), "Measure", m.id.toString(), result);
        audit.record("MEASURE_" + m.status, "Measure", m.id.toString(), c.caseNumber + " " + describe(m)
                + (m.resultAmount == null ? "" : " result " + m.resultAmount.toPlainString())
                + (m.resultNote == null ? "" : ": " + m.resultNote));
        return response(c, m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureResponse> list(UUID caseId) {
        Case c = caseService.get(caseId);
        return measures.ofCase(c.id).stream().map(m -> response(c, m)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasureResponse get(UUID caseId, UUID measureId) {
        Case c = caseService.get(caseId);
        return response(c, find(c, measureId));
    }

    // --- rules ------------------------------------------------------------------------------------------------------

    private static void requireFields(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(400, "validation", "Request is not valid", detail, errors);
        }
    }

    /** A day in the measure's life (decision, result): a day of the case, and not before the measure was ordered. */
    private void requireMeasureDay(Case c, Measure m, String field, LocalDate day) {
        caseService.requireCaseDay(c, field, day);
        if (m.orderedOn != null && day.isBefore(m.orderedOn)) {
            throw ProblemException.invalidField(field,
                    "must not be before the measure was ordered (" + m.orderedOn + ")");
        }
    }

    /** Measures happen while the case is enforced: in enforcement, or while a settlement is being performed. */
    private static void requireInEnforcement(Case c, String what) {
        if (c.status != CaseStatus.IN_ENFORCEMENT && c.status != CaseStatus.SETTLEMENT_PERFORMING) {
            throw ProblemException.conflict("case-not-in-enforcement", "Case is not in enforcement",
                    "Case " + c.caseNumber + " is " + c.status + "; " + what + " only while it is IN_ENFORCEMENT or"
                            + " SETTLEMENT_PERFORMING.")
                    .with("caseStatus", c.status.name());
        }
    }

    private static Party respondent(Case c, UUID partyId) {
        return c.party(partyId).filter(p -> p.role == PartyRole.RESPONDENT)
                .orElseThrow(() -> ProblemException.unprocessable("respondent-not-in-case", "Not a respondent",
                        "Party " + partyId + " is not a respondent (被执行人) of case " + c.caseNumber
                                + "; measures are ordered against the case's respondents.")
                        .with("field", "respondentId"));
    }

    private Measure find(Case c, UUID measureId) {
        return measures.inCase(c.id, measureId)
                .orElseThrow(() -> ProblemException.notFound("measure-not-found", "Measure not found",
                        "Case " + c.caseNumber + " has no measure " + measureId + "."));
    }

    // --- events, audit, responses ----------------------------------------------------------------------------------

    private static Party respondentOf(Case c, Measure m) {
        return m.respondentId == null ? null : c.party(m.respondentId).orElse(null);
    }

    /** What the event feed may carry: no names, ID numbers, addresses, property descriptions or warrant numbers. */
    private static MeasureFacts facts(Case c, Measure m, Party respondent) {
        return new MeasureFacts(c.caseNumber, m.id, m.type.name(), m.status.name(),
                respondent == null ? null : respondent.kind.name(), m.durationHours,
                m.durationHours == null ? null : Boolean.TRUE.equals(m.complex), m.detentionDays, m.amount,
                m.deadline, m.startsOn, m.endsOn,
                m.witnesses == null ? null : m.witnesses.stream().map(w -> w.capacity().name()).toList(),
                MeasurePolicy.legalBasis(m.type), m.orderedOn, m.fieldDecidedAt, c.campaignCode);
    }

    /** Which event a recorded result is. */
    private enum ResultEvent { EXECUTED, REFUSED, VALUED, SOLD }

    /** A one-line summary of the measure's terms for the audit trail. */
    private static String describe(Measure m) {
        var sb = new StringBuilder().append(m.type).append(' ').append(m.status);
        if (m.durationHours != null) {
            sb.append(' ').append(m.durationHours).append('h').append(Boolean.TRUE.equals(m.complex) ? " complex" : "");
        }
        if (m.detentionDays != null) {
            sb.append(' ').append(m.detentionDays).append(" days");
        }
        if (m.amount != null) {
            sb.append(' ').append(m.amount.toPlainString());
        }
        if (m.deadline != null) {
            sb.append(" due ").append(m.deadline);
        }
        if (m.startsOn != null) {
            sb.append(' ').append(m.startsOn).append("..").append(m.endsOn == null ? "" : m.endsOn.toString());
        }
        if (m.warrantNumber != null) {
            sb.append(" warrant ").append(m.warrantNumber);
        }
        if (m.fieldDecidedBy != null) {
            sb.append(" decided in the field by ").append(m.fieldDecidedBy).append(" at ").append(m.fieldDecidedAt);
            if (m.fieldReference != null) {
                sb.append(" (").append(m.fieldReference).append(')');
            }
        }
        return sb.toString();
    }

    private MeasureResponse response(Case c, Measure m) {
        boolean full = PersonalData.fullAccess(caller);
        Party respondent = respondentOf(c, m);
        String respondentName = respondent == null ? null
                : full ? respondent.name : PersonalData.maskName(respondent.name, respondent.kind);
        List<Witness> witnesses = m.witnesses == null ? null : full ? m.witnesses
                : m.witnesses.stream().map(w -> new Witness(PersonalData.maskName(w.name(), PartyKind.PERSON),
                        w.capacity())).toList();
        return new MeasureResponse(m.id, m.caseId, m.type, m.status, m.respondentId, respondentName,
                text.shown(c.id, m.reason), m.durationHours, m.complex, m.detentionDays, m.amount, m.deadline,
                m.startsOn, m.endsOn, text.shown(c.id, m.property), m.warrantNumber, m.supervisingProcuratorate,
                witnesses, MeasurePolicy.legalBasis(m.type), m.orderedBy, m.orderedAt, m.orderedOn, m.decidedBy,
                m.decidedAt, m.decidedOn, text.shown(c.id, m.decisionNote), m.resultAmount,
                m.type == MeasureType.AUCTION ? m.resultOn : null, m.resultOn, text.shown(c.id, m.resultNote),
                m.resultAt, m.paymentId, m.fieldDecidedBy == null ? null
                : new OrderMeasureRequest.FieldDecision(m.fieldDecidedBy, m.fieldDecidedAt,
                        text.shown(c.id, m.fieldReference)),
                m.version);
    }

}
