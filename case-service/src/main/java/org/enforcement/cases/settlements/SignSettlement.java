package org.enforcement.cases.settlements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseAction;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.CaseMoves;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.cases.SettlementSigned;
import org.enforcement.rules.settlements.InstallmentPlan;

/**
 * Signing an enforcement settlement agreement (执行和解协议): a plan within {@link SettlementPlan}'s limits, for no
 * more than is outstanding; the case moves to SETTLEMENT_PERFORMING.
 */
@UseCase
@ApplicationScoped
@Transactional
public class SignSettlement {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseCalendar calendar;

    @Inject
    CaseMoves moves;

    @Inject
    SettlementRepository agreements;

    @Inject
    CaseText text;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public SettlementResponse sign(UUID caseId, SignSettlementRequest request) {
        Case c = cases.lockInCourt(caseId, caller.court());
        calendar.requireCaseDay(c, "signedOn", request.signedOn());
        checkPlan(request);
        BigDecimal outstanding = c.ledger().outstanding();
        if (request.total().compareTo(outstanding) > 0) {
            throw ProblemException.unprocessable("settlement-exceeds-outstanding", "Settlement exceeds what is owed",
                    "The agreement's total " + request.total().toPlainString() + " yuan is more than the "
                            + outstanding.toPlainString() + " yuan outstanding on case " + c.caseNumber + ".");
        }
        moves.move(c, CaseAction.SETTLE, null, "执行和解协议签订", request.signedOn());

        SettlementAgreement a = new SettlementAgreement();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.court = c.court;
        a.status = AgreementStatus.PERFORMING;
        a.total = request.total().setScale(2);
        a.signedOn = request.signedOn();
        a.terms = request.terms() == null || request.terms().isBlank() ? null : request.terms().strip();
        a.createdBy = caller.id();
        a.createdAt = clock.instant();
        int seq = 1;
        for (var plan : request.installments()) {
            Installment i = new Installment();
            i.id = UUID.randomUUID();
            i.agreement = a;
            i.seq = seq++;
            i.dueOn = plan.dueOn();
            i.amount = plan.amount().setScale(2);
            i.paid = new BigDecimal("0.00");
            i.status = InstallmentStatus.OPEN;
            a.installments.add(i);
        }
        agreements.persist(a);

        events.publish(c.court, c.id.toString(), "Settlement", a.id.toString(), new SettlementSigned(c.caseNumber,
                a.id, a.status.name(), c.campaignCode, a.total, a.installments.size(), a.signedOn,
                a.installments.get(0).dueOn));
        audit.record("SETTLEMENT_SIGNED", "Settlement", a.id.toString(),
                c.caseNumber + " total " + a.total.toPlainString() + " in " + a.installments.size() + " installments");
        return SettlementResponse.of(a, text);
    }

    private static void checkPlan(SignSettlementRequest request) {
        var plan = request.installments().stream()
                .map(i -> new InstallmentPlan.Installment(i.dueOn(), i.amount())).toList();
        var flaw = InstallmentPlan.check(request.signedOn(), request.total(), plan).orElse(null);
        if (flaw == null) {
            return;
        }
        if (flaw.kind() == InstallmentPlan.Kind.DUE_TOO_LATE) {
            throw ProblemException.invalidField("installments[" + flaw.index() + "].dueOn",
                    InstallmentPlan.dueTooLate(request.signedOn()));
        }
        var problem = ProblemException.unprocessable(flaw.type(), flaw.title(), flaw.detail());
        if (flaw.kind() == InstallmentPlan.Kind.DOES_NOT_ADD_UP) {
            problem.with("installmentsSum", flaw.installmentsSum()).with("total", flaw.total());
        }
        throw problem;
    }
}
