package org.enforcement.cases.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.cases.PaymentRecorded;
import org.enforcement.events.cases.PaymentReversed;

/**
 * Writes ledger rows of a case a use case holds locked: money in (allocated to the settlement plan through
 * {@link PaymentBooked}), reversals, and their events on the feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PaymentEntries {

    @Inject
    Clock clock;

    @Inject
    PaymentRepository payments;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    @Inject
    Event<PaymentBooked> booked;

    /** Books money received and lets the settlement plan take it. */
    public Payment book(Case c, Channel channel, String payer, BigDecimal amount, LocalDate receivedOn,
                        String reference) {
        Payment p = newPayment(c, PaymentKind.PAYMENT, channel, payer, amount, receivedOn, reference, null, null);
        booked.fire(new PaymentBooked(c, p));
        return p;
    }

    /**
     * Books money the case's row already counts ({@code CaseRepository.payIn}, which locked it) and lets the
     * settlement plan take it: the booking and what the plan allocated, in order.
     */
    PaymentBooked bookPaidIn(Case paidInto, Channel channel, String payer, BigDecimal amount, LocalDate receivedOn,
                             String reference) {
        Payment p = entry(paidInto, PaymentKind.PAYMENT, channel, payer, amount, receivedOn, reference, null, null);
        payments.insert(p);
        PaymentBooked booking = new PaymentBooked(paidInto, p);
        booked.fire(booking);
        return booking;
    }

    /** Proceeds of a judicial auction become a payment, capped at what is still owed (the rest is surplus). */
    public Payment creditAuctionProceeds(Case lockedCase, BigDecimal proceeds, LocalDate soldOn, String reference) {
        BigDecimal credited = proceeds.min(lockedCase.ledger().outstanding());
        if (credited.signum() <= 0) {
            return null;
        }
        Payment p = book(lockedCase, Channel.AUCTION, "网络司法拍卖", credited, soldOn, reference);
        publish(lockedCase, p);
        return p;
    }

    Payment newPayment(Case c, PaymentKind kind, Channel channel, String payer, BigDecimal amount,
                       LocalDate receivedOn, String reference, UUID reverses, String reason) {
        Payment p = entry(c, kind, channel, payer, amount, receivedOn, reference, reverses, reason);
        payments.persist(p);
        c.keep(c.ledger().paidIn(amount)); // the row's totals move with the ledger, under the same lock
        em.flush();
        return p;
    }

    private Payment entry(Case c, PaymentKind kind, Channel channel, String payer, BigDecimal amount,
                          LocalDate receivedOn, String reference, UUID reverses, String reason) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.caseId = c.id;
        p.court = c.court;
        p.kind = kind;
        p.channel = channel;
        p.payer = payer;
        p.amount = amount;
        p.receivedOn = receivedOn;
        p.reference = reference;
        p.reversesPaymentId = reverses;
        p.reason = reason;
        p.recordedBy = caller.id();
        p.recordedAt = clock.instant();
        return p;
    }

    /** The entry on the feed, with the case's paid total after it. */
    void publish(Case c, Payment p) {
        var paid = c.ledger().paid();
        CaseEvent event = p.kind == PaymentKind.REVERSAL
                ? new PaymentReversed(c.caseNumber, p.id, p.channel.name(), p.amount, p.receivedOn, paid,
                        c.owed(), p.reversesPaymentId, c.campaignCode)
                : new PaymentRecorded(c.caseNumber, p.id, p.channel.name(), p.amount, p.receivedOn, paid,
                        c.owed(), p.reversesPaymentId, c.campaignCode);
        events.publish(c.court, c.id.toString(), "Payment", p.id.toString(), event);
    }
}
