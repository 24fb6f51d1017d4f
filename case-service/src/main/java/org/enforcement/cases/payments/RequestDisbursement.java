package org.enforcement.cases.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.Ledger;
import org.enforcement.cases.casefiles.PartyRole;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.cases.DisbursementApproved;
import org.enforcement.events.cases.DisbursementRejected;
import org.enforcement.events.cases.DisbursementRequested;

/**
 * Requesting a disbursement (发放案款) to an applicant, the maker's half of maker-checker: only money held and not
 * yet paid out or promised can be asked for; it is held back until the director decides.
 */
@UseCase
@ApplicationScoped
@Transactional
public class RequestDisbursement {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseCalendar calendar;

    @Inject
    DisbursementRepository disbursements;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public Disbursement request(UUID caseId, RequestDisbursementRequest request) {
        Case c = cases.lockInCourt(caseId, caller.court());
        var payee = c.party(request.payeeId()).filter(p -> p.role == PartyRole.APPLICANT)
                .orElseThrow(() -> ProblemException.unprocessable("payee-not-applicant", "Payee is not an applicant",
                        "Party " + request.payeeId() + " is not an applicant of case " + c.caseNumber
                                + "; money is disbursed to applicants only."));
        LocalDate requestedOn = request.requestedOn() == null ? calendar.today() : request.requestedOn();
        calendar.requireCaseDay(c, "requestedOn", requestedOn);
        BigDecimal available = c.ledger().available();
        if (request.amount().compareTo(available) > 0) {
            throw ProblemException.unprocessable("insufficient-funds", "Not enough money held",
                    "Case " + c.caseNumber + " holds " + available.max(Ledger.ZERO).toPlainString()
                            + " yuan not yet disbursed or requested; " + request.amount().toPlainString()
                            + " yuan cannot be paid out.")
                    .with("available", available.max(Ledger.ZERO));
        }
        Disbursement d = new Disbursement();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.court = c.court;
        d.payeeId = payee.id;
        d.amount = request.amount().setScale(2);
        d.status = DisbursementStatus.REQUESTED;
        d.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        d.requestedBy = caller.id();
        d.requestedAt = clock.instant();
        d.requestedOn = requestedOn;
        disbursements.persist(d);
        c.keep(c.ledger().promised(d.amount));
        events.publish(c.court, c.id.toString(), "Disbursement", d.id.toString(), event(c, d));
        audit.record("DISBURSEMENT_REQUESTED", "Disbursement", d.id.toString(),
                c.caseNumber + " " + d.amount.toPlainString());
        return d;
    }

    /** The feed event of the disbursement's current status. */
    static CaseEvent event(Case c, Disbursement d) {
        String number = c.caseNumber;
        String status = d.status.name();
        return switch (d.status) {
            case REQUESTED -> new DisbursementRequested(number, d.id, d.amount, status, d.requestedOn, d.paidOutOn,
                    c.campaignCode);
            case APPROVED -> new DisbursementApproved(number, d.id, d.amount, status, d.requestedOn, d.paidOutOn,
                    c.campaignCode);
            case REJECTED -> new DisbursementRejected(number, d.id, d.amount, status, d.requestedOn, d.paidOutOn,
                    c.campaignCode);
        };
    }
}
