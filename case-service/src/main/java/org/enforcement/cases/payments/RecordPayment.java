package org.enforcement.cases.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.CaseProblems;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.CaseStatus;
import org.enforcement.cases.casefiles.ConcludeCase;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Recording a payment (履行) to a case, never more than is outstanding (once per Idempotency-Key: see
 * {@code PaymentResource}). Under the case lock, so concurrent payments of one case see each other's totals; the
 * settlement plan takes it (oldest installment first), and the case concludes if the payer asked and it is settled.
 */
@UseCase
@ApplicationScoped
@Transactional
public class RecordPayment {

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseCalendar calendar;

    @Inject
    PaymentEntries entries;

    @Inject
    ConcludeCase conclude;

    @Inject
    PaymentViews views;

    @Inject
    AuditTrail audit;

    public PaymentResponse record(UUID caseId, RecordPaymentRequest request) {
        Case c = cases.lockInCourt(caseId, caller.court());
        if (c.status == CaseStatus.CONCLUDED) {
            throw CaseProblems.concluded(c, "recording payments");
        }
        LocalDate receivedOn = request.receivedOn() == null ? calendar.today() : request.receivedOn();
        calendar.requireCaseDay(c, "receivedOn", receivedOn);
        var ledger = c.ledger();
        if (ledger.wouldOverpay(request.amount())) {
            BigDecimal outstanding = ledger.outstanding();
            throw ProblemException.unprocessable("overpayment", "Payment exceeds what is owed",
                    "Case " + c.caseNumber + " has " + outstanding.toPlainString() + " yuan outstanding; a payment of "
                            + request.amount().toPlainString() + " yuan would overpay it.")
                    .with("outstanding", outstanding);
        }
        Payment p = entries.book(c, request.channel(), request.payer().strip(), request.amount().setScale(2),
                receivedOn, blankToNull(request.reference()));
        if (Boolean.TRUE.equals(request.concludeIfPaidInFull())) {
            conclude.ifSettled(c, receivedOn);
        }
        // The answer is read before the feed's and the audit trail's locks are taken: they serialise writers.
        PaymentResponse response = views.recorded(c, p);
        entries.publish(c, p);
        audit.record("PAYMENT_RECORDED", "Payment", p.id.toString(),
                c.caseNumber + " " + p.channel + " " + p.amount.toPlainString());
        return response;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
