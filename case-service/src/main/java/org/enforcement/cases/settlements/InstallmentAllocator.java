package org.enforcement.cases.settlements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.payments.Payment;
import org.enforcement.cases.payments.PaymentAllocations;
import org.enforcement.cases.payments.PaymentBooked;
import org.enforcement.cases.payments.PaymentResponse.Allocation;
import org.enforcement.cases.payments.ReversalBooked;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.SettlementCompleted;

/**
 * Applies payments to the live agreement's installments as {@link SettlementPlan} spreads them (and undoes that for
 * a reversal), in the transaction and under the case lock of the use case that booked the money.
 */
@ApplicationScoped
public class InstallmentAllocator implements PaymentAllocations {

    @Inject
    Clock clock;

    @Inject
    SettlementRepository agreements;

    @Inject
    EntityManager em;

    @Inject
    DomainEvents events;

    void allocate(@Observes PaymentBooked booked) {
        Case c = booked.lockedCase();
        Payment payment = booked.payment();
        var live = agreements.liveForBooking(c.id);
        if (live.isEmpty()) {
            return;
        }
        SettlementAgreement a = live.get();
        var positions = a.installments.stream()
                .map(i -> new SettlementPlan.Position(i.due(), i.status == InstallmentStatus.PAID)).toList();
        for (var share : SettlementPlan.allocate(payment.amount, positions)) {
            Installment i = a.installments.get(share.index());
            i.paid = i.paid.add(share.amount());
            if (i.due().signum() == 0) {
                i.status = InstallmentStatus.PAID;
            }
            persistAllocation(i, payment, share.amount());
            booked.allocated().add(new Allocation(i.seq, share.amount()));
        }
        if (a.installments.stream().allMatch(i -> i.status == InstallmentStatus.PAID)) {
            a.status = AgreementStatus.COMPLETED;
            a.endedAt = clock.instant();
            a.endedOn = payment.receivedOn; // performed on the day the last money came in
            events.publish(c.court, c.id.toString(), "Settlement", a.id.toString(),
                    new SettlementCompleted(c.caseNumber, a.id, a.status.name(), c.campaignCode, a.total, a.endedOn));
        }
    }

    /** Undoes what a reversed payment paid: negative allocations, installments reopened. */
    void reverse(@Observes ReversalBooked booked) {
        List<InstallmentAllocation> allocations = em.createQuery(
                        "select a from InstallmentAllocation a where a.paymentId = :p order by a.id",
                        InstallmentAllocation.class)
                .setParameter("p", booked.original().id).getResultList();
        for (InstallmentAllocation allocation : allocations) {
            Installment i = em.find(Installment.class, allocation.installmentId);
            SettlementAgreement a = i.agreement;
            i.paid = i.paid.subtract(allocation.amount);
            i.status = i.missedAt != null ? InstallmentStatus.MISSED : InstallmentStatus.OPEN;
            persistAllocation(i, booked.reversal(), allocation.amount.negate());
            if (a.status == AgreementStatus.COMPLETED) {
                a.status = a.breachedAt != null ? AgreementStatus.BREACHED : AgreementStatus.PERFORMING;
                a.endedAt = null;
                a.endedOn = null;
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<Allocation>> ofCase(UUID caseId) {
        List<Object[]> rows = em.createQuery("""
                        select al.paymentId, i.seq, al.amount from InstallmentAllocation al, Installment i
                        where al.installmentId = i.id and i.agreement.caseId = :caseId order by al.id""",
                        Object[].class)
                .setParameter("caseId", caseId).getResultList();
        Map<UUID, List<Allocation>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new Allocation((Integer) row[1], (BigDecimal) row[2]));
        }
        return result;
    }

    /** By the payment's own index, not over the whole case: answered after every payment, however long the ledger. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Allocation> of(UUID caseId, UUID paymentId) {
        return em.createQuery("""
                        select i.seq, al.amount from InstallmentAllocation al, Installment i
                        where al.installmentId = i.id and al.paymentId = :paymentId and i.agreement.caseId = :caseId
                        order by al.id""", Object[].class)
                .setParameter("paymentId", paymentId).setParameter("caseId", caseId).getResultList().stream()
                .map(row -> new Allocation((Integer) row[0], (BigDecimal) row[1])).toList();
    }

    private void persistAllocation(Installment i, Payment payment, BigDecimal amount) {
        InstallmentAllocation allocation = new InstallmentAllocation();
        allocation.installmentId = i.id;
        allocation.paymentId = payment.id;
        allocation.amount = amount;
        em.persist(allocation);
    }
}
