package org.enforcement.cases.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.cases.payments.Payment;
import org.enforcement.cases.payments.PaymentEntries;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.cases.AuctionSold;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.cases.MeasureExecuted;
import org.enforcement.events.cases.PropertyReportRefused;
import org.enforcement.events.cases.ValuationRecorded;

/**
 * Recording what came of a measure in force: executed, a property report refused, a valuation, or an auction sale
 * whose proceeds become a payment (capped at what is outstanding).
 */
@UseCase
@ApplicationScoped
@Transactional
public class RecordMeasureResult {

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
    PaymentEntries payments;

    @Inject
    EntityManager em;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public MeasureResponse record(UUID caseId, UUID measureId, String ifMatch, MeasureResultRequest request) {
        Case c = cases.lockInCourt(caseId, caller.court());
        Measure m = measures.inCase(c.id, measureId).orElseThrow(() -> MeasureRecords.notFound(c, measureId));
        Preconditions.requireIfMatch(ifMatch, m.version);
        if (m.status != MeasureStatus.ORDERED) {
            throw ProblemException.conflict("measure-not-in-force", "Measure is not in force",
                    "Measure " + m.id + " is " + m.status + "; only an ORDERED measure can get a result.");
        }
        MeasureRecords.requireFields(request.fieldErrors(m.type));
        MeasureRecords.requireInEnforcement(c, "record results of measures");
        LocalDate resultOn = request.dayFor(m.type) == null ? calendar.today() : request.dayFor(m.type);
        MeasureRecords.requireMeasureDay(calendar, c, m, MeasureResultRequest.dayFieldFor(m.type), resultOn);
        m.resultNote = OrderMeasureRequest.blankToNull(request.note());
        m.resultAt = clock.instant();
        m.resultOn = resultOn;
        CaseEvent result;
        switch (m.type) {
            case PROPERTY_REPORT_ORDER -> {
                boolean refused = request.refused();
                m.status = refused ? MeasureStatus.REFUSED : MeasureStatus.COMPLETED;
                em.flush();
                result = refused ? PropertyReportRefused.of(MeasureRecords.facts(c, m), m.resultAmount, m.resultOn)
                        : MeasureExecuted.of(MeasureRecords.facts(c, m), m.resultAmount, m.resultOn);
            }
            case VALUATION -> {
                m.status = MeasureStatus.COMPLETED;
                m.resultAmount = request.amount().setScale(2);
                em.flush();
                result = ValuationRecorded.of(MeasureRecords.facts(c, m), m.resultAmount, m.resultOn);
            }
            case AUCTION -> {
                m.status = MeasureStatus.COMPLETED;
                m.resultAmount = request.amount().setScale(2);
                Payment p = payments.creditAuctionProceeds(c, m.resultAmount, m.resultOn, "网络司法拍卖成交 " + m.id);
                m.paymentId = p == null ? null : p.id;
                BigDecimal credited = p == null ? new BigDecimal("0.00") : p.amount;
                em.flush();
                result = AuctionSold.of(MeasureRecords.facts(c, m), m.resultAmount, m.resultOn, m.resultOn, credited,
                        m.paymentId);
            }
            default -> {
                m.status = MeasureStatus.EXECUTED;
                em.flush();
                result = MeasureExecuted.of(MeasureRecords.facts(c, m), m.resultAmount, m.resultOn);
            }
        }
        events.publish(c.court, c.id.toString(), "Measure", m.id.toString(), result);
        audit.record("MEASURE_" + m.status, "Measure", m.id.toString(), c.caseNumber + " "
                + MeasureRecords.describe(m)
                + (m.resultAmount == null ? "" : " result " + m.resultAmount.toPlainString())
                + (m.resultNote == null ? "" : ": " + m.resultNote));
        return views.response(c, m);
    }
}
