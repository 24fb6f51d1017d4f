package org.enforcement.cases.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseProblems;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.CaseStatus;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Reversing a payment entered by mistake: a negative entry on the day the payment counted, once, and only while the
 * money is not paid out or promised to the applicants; what it paid off in the settlement plan is reopened.
 */
@UseCase
@ApplicationScoped
@Transactional
public class ReversePayment {

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentEntries entries;

    @Inject
    Event<ReversalBooked> booked;

    @Inject
    PaymentViews views;

    @Inject
    AuditTrail audit;

    public PaymentResponse reverse(UUID caseId, UUID paymentId, ReversePaymentRequest request) {
        Case c = cases.lockInCourt(caseId, caller.court());
        Payment original = payments.inCase(c.id, paymentId).orElseThrow(() -> PaymentViews.notFound(paymentId));
        if (c.status == CaseStatus.CONCLUDED) {
            throw CaseProblems.concluded(c, "correcting its payments");
        }
        if (original.kind == PaymentKind.REVERSAL) {
            throw ProblemException.conflict("reversal-of-reversal", "Cannot reverse a reversal",
                    "Entry " + paymentId + " is itself a reversal; record a new payment instead.");
        }
        if (payments.reversalOf(original.id).isPresent()) {
            throw ProblemException.conflict("already-reversed", "Payment already reversed",
                    "Payment " + paymentId + " was already reversed.");
        }
        BigDecimal available = c.ledger().available();
        if (available.compareTo(original.amount) < 0) {
            throw ProblemException.conflict("money-already-disbursed", "Money already paid out",
                    "Only " + available.toPlainString() + " yuan of case " + c.caseNumber
                            + " is not yet disbursed or promised; reversing " + original.amount.toPlainString()
                            + " yuan would leave disbursements uncovered.");
        }
        // A reversal corrects an entry: it cancels the money on the day the payment was counted (its receivedOn),
        // so a 2023 payment reversed in 2026 leaves 2023's figures right and 2026's untouched; recordedAt says when.
        Payment reversal = entries.newPayment(c, PaymentKind.REVERSAL, original.channel, original.payer,
                original.amount.negate(), original.receivedOn, original.reference, original.id,
                request.reason().strip());
        booked.fire(new ReversalBooked(c, original, reversal));
        PaymentResponse response = views.recorded(c, reversal); // before the feed's and audit's locks
        entries.publish(c, reversal);
        audit.record("PAYMENT_REVERSED", "Payment", reversal.id.toString(),
                c.caseNumber + " reverses " + original.id + ": " + reversal.reason);
        return response;
    }
}
