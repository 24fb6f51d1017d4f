package org.enforcement.cases.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
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
 * The usual payment takes the lock and moves the case's totals in one statement ({@link CaseRepository#payIn});
 * one that would be refused, or may conclude the case, takes the lock first and checks step by step.
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
        LocalDate today = calendar.today();
        LocalDate receivedOn = request.receivedOn() == null ? today : request.receivedOn();
        BigDecimal amount = request.amount().setScale(2);
        String payer = request.payer().strip();
        String reference = blankToNull(request.reference());
        boolean concludeIfPaid = Boolean.TRUE.equals(request.concludeIfPaidInFull());
        if (!concludeIfPaid && !receivedOn.isAfter(today)) {
            // The usual payment: the lock, the version and the paid total in one statement (issue 18). When it
            // does not go in as it is, the ordinary path below takes the lock and answers why.
            Optional<Case> paidInto = cases.payIn(caseId, caller.court(), amount, receivedOn);
            if (paidInto.isPresent()) {
                Case c = paidInto.get();
                PaymentBooked booking = entries.bookPaidIn(c, request.channel(), payer, amount, receivedOn,
                        reference);
                return answer(c, booking.payment(), views.recorded(c, booking.payment(), booking.allocated()));
            }
        }
        Case c = cases.lockInCourt(caseId, caller.court());
        if (c.status == CaseStatus.CONCLUDED) {
            throw CaseProblems.concluded(c, "recording payments");
        }
        calendar.requireCaseDay(c, "receivedOn", receivedOn);
        var ledger = c.ledger();
        if (ledger.wouldOverpay(amount)) {
            BigDecimal outstanding = ledger.outstanding();
            throw ProblemException.unprocessable("overpayment", "Payment exceeds what is owed",
                    "Case " + c.caseNumber + " has " + outstanding.toPlainString() + " yuan outstanding; a payment of "
                            + request.amount().toPlainString() + " yuan would overpay it.")
                    .with("outstanding", outstanding);
        }
        Payment p = entries.book(c, request.channel(), payer, amount, receivedOn, reference);
        if (concludeIfPaid) {
            conclude.ifSettled(c, receivedOn);
        }
        return answer(c, p, views.recorded(c, p));
    }

    /** The feed's event and the audit entry, after the answer is read: they are appended at the commit. */
    private PaymentResponse answer(Case c, Payment p, PaymentResponse response) {
        entries.publish(c, p);
        audit.record("PAYMENT_RECORDED", "Payment", p.id.toString(),
                c.caseNumber + " " + p.channel + " " + p.amount.toPlainString());
        return response;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
