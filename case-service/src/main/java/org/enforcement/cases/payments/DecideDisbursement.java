package org.enforcement.cases.payments;

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
import org.enforcement.cases.casefiles.Ledger;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Deciding a disbursement, the checker's half of maker-checker: another person than the one who asked, once; paid
 * out only if the case still holds the money (a reversal since may have eaten into it).
 */
@UseCase
@ApplicationScoped
@Transactional
public class DecideDisbursement {

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
    EntityManager em;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public Disbursement decide(UUID caseId, UUID disbursementId, DecideDisbursementRequest request) {
        Case c = cases.lockInCourt(caseId, caller.court());
        Disbursement d = disbursements.inCase(c.id, disbursementId)
                .orElseThrow(() -> ProblemException.notFound("disbursement-not-found", "Disbursement not found",
                        "Case " + c.caseNumber + " has no disbursement " + disbursementId + "."));
        if (d.status != DisbursementStatus.REQUESTED) {
            throw ProblemException.conflict("disbursement-decided", "Already decided",
                    "Disbursement " + d.id + " was already " + d.status + ".");
        }
        if (caller.isSamePersonAs(d.requestedBy)) {
            throw ProblemException.forbidden("maker-checker", "Same person cannot approve",
                    "You requested this disbursement; another person (the director) must decide it.");
        }
        boolean approve = request.approve();
        if (request.paidOutOn() != null && !approve) {
            throw ProblemException.invalidField("paidOutOn", "is only allowed when approving");
        }
        LocalDate paidOutOn = request.paidOutOn() == null ? calendar.today() : request.paidOutOn();
        if (approve) {
            calendar.requireCaseDay(c, "paidOutOn", paidOutOn);
            if (paidOutOn.isBefore(d.requestedOn)) {
                throw ProblemException.invalidField("paidOutOn",
                        "must not be before the disbursement was requested (" + d.requestedOn + ")");
            }
            // The request's own amount is already held back in "pending"; a reversal since may have eaten into it.
            BigDecimal free = c.ledger().available().add(d.amount);
            if (free.compareTo(d.amount) < 0) {
                throw ProblemException.unprocessable("insufficient-funds", "Not enough money held",
                        "Case " + c.caseNumber + " holds " + free.max(Ledger.ZERO).toPlainString()
                                + " yuan for disbursement; " + d.amount.toPlainString() + " yuan cannot be paid out.");
            }
        }
        d.status = approve ? DisbursementStatus.APPROVED : DisbursementStatus.REJECTED;
        d.decidedBy = caller.id();
        d.decidedAt = clock.instant();
        d.paidOutOn = approve ? paidOutOn : null;
        d.decisionNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        c.keep(c.ledger().decided(d.amount, approve));
        em.flush();
        events.publish(c.court, c.id.toString(), "Disbursement", d.id.toString(), RequestDisbursement.event(c, d));
        audit.record(approve ? "DISBURSEMENT_APPROVED" : "DISBURSEMENT_REJECTED", "Disbursement", d.id.toString(),
                c.caseNumber + " " + d.amount.toPlainString());
        return d;
    }
}
