package org.enforcement.cases.settlements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseAction;
import org.enforcement.cases.casefiles.CaseService;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.cases.payments.Payment;
import org.enforcement.cases.payments.PaymentResponse.Allocation;
import org.enforcement.cases.payments.PaymentService;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.InstallmentMissed;
import org.enforcement.events.cases.SettlementBreached;
import org.enforcement.events.cases.SettlementCompleted;
import org.enforcement.events.cases.SettlementSigned;
import org.enforcement.events.cases.SettlementTerminated;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.rules.settlements.InstallmentPlan;
import org.jboss.logging.Logger;

/**
 * Settlement agreements: signing (the case moves to SETTLEMENT_PERFORMING), allocating payments to the oldest
 * open installment first, and the missed-installment check that marks agreements breached.
 */
@ApplicationScoped
public class SettlementService {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(SettlementService.class);
    static final String SYSTEM_ACTOR = "system:settlement-check";

    /** No installment plan runs longer than this after signing: a later due date is a typo, not a plan. */
    static final int PLAN_MAX_YEARS = 10;

    @Inject
    SettlementRepository agreements;

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
    CaseConfig config;

    @Inject
    EntityManager em;

    @Inject
    org.enforcement.commons.security.Caller caller;



    @Transactional
    public SettlementResponse sign(UUID caseId, SignSettlementRequest request) {
        Case c = caseService.lockForChange(caseId);
        caseService.requireCaseDay(c, "signedOn", request.signedOn());
        checkPlan(request);
        BigDecimal outstanding = c.owed().subtract(payments.totals(c.id).paid());
        if (request.total().compareTo(outstanding) > 0) {
            throw ProblemException.unprocessable("settlement-exceeds-outstanding", "Settlement exceeds what is owed",
                    "The agreement's total " + request.total().toPlainString() + " yuan is more than the "
                            + outstanding.toPlainString() + " yuan outstanding on case " + c.caseNumber + ".");
        }
        caseService.move(c, CaseAction.SETTLE, null, "执行和解协议签订", request.signedOn());

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

    /**
     * The plan must be in date order, start on or after signing, end within {@link #PLAN_MAX_YEARS} years of it, and
     * add up to the total exactly.
     */
    private static void checkPlan(SignSettlementRequest request) {
        LocalDate latest = request.signedOn().plusYears(PLAN_MAX_YEARS);
        var plan = request.installments().stream()
                .map(i -> new InstallmentPlan.Installment(i.dueOn(), i.amount())).toList();
        var flaw = InstallmentPlan.check(request.signedOn(), request.total(), plan, latest).orElse(null);
        if (flaw == null) {
            return;
        }
        if (flaw.kind() == InstallmentPlan.Kind.DUE_TOO_LATE) {
            throw ProblemException.invalidField("installments[" + flaw.index() + "].dueOn",
                    "must not be more than " + PLAN_MAX_YEARS + " years after the agreement was signed (" + latest
                            + " at the latest)");
        }
        var problem = ProblemException.unprocessable(flaw.type(), flaw.title(), flaw.detail());
        if (flaw.kind() == InstallmentPlan.Kind.DOES_NOT_ADD_UP) {
            problem.with("installmentsSum", flaw.installmentsSum()).with("total", flaw.total());
        }
        throw problem;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SettlementResponse> ofCase(UUID caseId) {
        return agreements.ofCase(caseService.get(caseId).id).stream().map(a -> SettlementResponse.of(a, text)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SettlementResponse get(UUID caseId, UUID agreementId) {
        Case c = caseService.get(caseId);
        return SettlementResponse.of(agreements.inCase(c.id, agreementId).orElseThrow(() -> notFound(agreementId)), text);
    }

    /**
     * The judge finds the agreement breached on {@code breachedOn} (today when null), e.g. for terms the installment
     * check cannot see: installments due by then and not fully paid are missed on that day.
     */
    @Transactional
    public SettlementResponse declareBreach(UUID caseId, UUID agreementId, String ifMatch, String reason,
                                            LocalDate breachedOn) {
        Case c = caseService.lockForChange(caseId);
        SettlementAgreement a = agreements.inCase(c.id, agreementId).orElseThrow(() -> notFound(agreementId));
        Preconditions.requireIfMatch(ifMatch, a.version);
        LocalDate day = breachedOn == null ? caseService.today() : breachedOn;
        caseService.requireCaseDay(c, "breachedOn", day);
        if (day.isBefore(a.signedOn)) {
            throw ProblemException.invalidField("breachedOn",
                    "must not be before the agreement was signed (" + a.signedOn + ")");
        }
        if (a.status != AgreementStatus.PERFORMING) {
            throw ProblemException.conflict("settlement-not-performing", "Agreement is not being performed",
                    "Agreement " + a.id + " is " + a.status + "; only an agreement being performed can be breached.");
        }
        for (Installment i : a.installments) {
            if (i.status == InstallmentStatus.OPEN && !i.dueOn.isAfter(day)) {
                miss(c, a, i, day, false);
            }
        }
        breach(c, a, reason, day);
        audit.record("SETTLEMENT_BREACHED", "Settlement", a.id.toString(), c.caseNumber + ": " + reason);
        agreements.flush();
        return SettlementResponse.of(a, text);
    }

    // --- used by payments and the case lifecycle --------------------------------------------------------------

    /** Applies a payment to the live agreement's installments, oldest open first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Allocation> allocate(Case c, Payment payment) {
        var live = agreements.live(c.id);
        if (live.isEmpty()) {
            return List.of();
        }
        SettlementAgreement a = live.get();
        BigDecimal remaining = payment.amount;
        List<Allocation> result = new ArrayList<>();
        for (Installment i : a.installments) {
            if (remaining.signum() <= 0) {
                break;
            }
            if (i.status == InstallmentStatus.PAID) {
                continue;
            }
            BigDecimal take = i.due().min(remaining);
            i.paid = i.paid.add(take);
            if (i.due().signum() == 0) {
                i.status = InstallmentStatus.PAID;
            }
            remaining = remaining.subtract(take);
            persistAllocation(i, payment, take);
            result.add(new Allocation(i.seq, take));
        }
        if (a.installments.stream().allMatch(i -> i.status == InstallmentStatus.PAID)) {
            a.status = AgreementStatus.COMPLETED;
            a.endedAt = clock.instant();
            a.endedOn = payment.receivedOn; // performed on the day the last money came in
            events.publish(c.court, c.id.toString(), "Settlement", a.id.toString(),
                    new SettlementCompleted(c.caseNumber, a.id, a.status.name(), c.campaignCode, a.total, a.endedOn));
        }
        return result;
    }

    /** Undoes what a reversed payment paid: negative allocations, installments reopened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Allocation> reverseAllocations(Case c, Payment original, Payment reversal) {
        List<InstallmentAllocation> allocations = em.createQuery(
                        "select a from InstallmentAllocation a where a.paymentId = :p order by a.id",
                        InstallmentAllocation.class)
                .setParameter("p", original.id).getResultList();
        List<Allocation> result = new ArrayList<>();
        for (InstallmentAllocation allocation : allocations) {
            Installment i = em.find(Installment.class, allocation.installmentId);
            SettlementAgreement a = i.agreement;
            i.paid = i.paid.subtract(allocation.amount);
            i.status = i.missedAt != null ? InstallmentStatus.MISSED : InstallmentStatus.OPEN;
            persistAllocation(i, reversal, allocation.amount.negate());
            result.add(new Allocation(i.seq, allocation.amount.negate()));
            if (a.status == AgreementStatus.COMPLETED) {
                a.status = a.breachedAt != null ? AgreementStatus.BREACHED : AgreementStatus.PERFORMING;
                a.endedAt = null;
                a.endedOn = null;
            }
        }
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<Allocation>> allocationsOfCase(UUID caseId) {
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasCompletedAgreement(UUID caseId) {
        return agreements.hasCompleted(caseId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isBreached(UUID caseId) {
        return agreements.live(caseId).map(a -> a.status == AgreementStatus.BREACHED).orElse(false);
    }

    /** Ends the live agreement on {@code terminatedOn}, when enforcement resumes or the case concludes otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endLiveAgreement(Case c, String reason, LocalDate terminatedOn) {
        agreements.live(c.id).ifPresent(a -> {
            a.status = AgreementStatus.TERMINATED;
            a.endedAt = clock.instant();
            a.endedOn = terminatedOn;
            // The feed is read by other systems: free text goes out scrubbed with the case's parties.
            events.publish(c.court, c.id.toString(), "Settlement", a.id.toString(), new SettlementTerminated(
                    c.caseNumber, a.id, a.status.name(), c.campaignCode, scrubbed(c, reason), terminatedOn));
        });
    }

    // --- the missed-installment check -------------------------------------------------------------------------

    /**
     * Marks installments not fully paid by their due date plus the grace period as missed, and their agreements
     * breached. Each agreement is handled in its own transaction under its case's row lock, the lock payments take:
     * a payment and the check never change the same installments at once, and the check reads the installments
     * only once it holds the lock. What another run (or replica) already marked is OPEN no more, so running the
     * check twice marks nothing twice.
     *
     * @return how many installments were marked missed
     */
    public int markMissedInstallments(LocalDate today) {
        LocalDate cutoff = today.minusDays(config.settlement().graceDays());
        @SuppressWarnings("unchecked")
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT DISTINCT a.id FROM settlement_agreement a JOIN installment i ON i.agreement_id = a.id
                        WHERE a.status IN ('PERFORMING', 'BREACHED') AND i.status = 'OPEN' AND i.due_on < ?1""",
                        UUID.class)
                .setParameter(1, cutoff).getResultList());
        int missed = 0;
        for (UUID id : candidates) {
            try {
                missed += QuarkusTransaction.requiringNew().call(() -> markMissed(id, cutoff));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Missed-installment check failed for agreement %s; it is retried on the next run", id);
            }
        }
        return missed;
    }

    private int markMissed(UUID agreementId, LocalDate cutoff) {
        UUID caseId = em.createQuery("select a.caseId from SettlementAgreement a where a.id = :id", UUID.class)
                .setParameter("id", agreementId).getSingleResult();
        Case c = caseService.lockForSystemChange(caseId).orElse(null);
        if (c == null) {
            return 0;
        }
        // Read only now, under the lock: what a payment committed meanwhile is seen, nothing stale is written back.
        SettlementAgreement a = em.find(SettlementAgreement.class, agreementId);
        if (a.status != AgreementStatus.PERFORMING && a.status != AgreementStatus.BREACHED) {
            return 0; // completed or ended meanwhile
        }
        int missed = 0;
        LocalDate firstMissedOn = null;
        for (Installment i : a.installments) {
            if (i.status == InstallmentStatus.OPEN && i.dueOn.isBefore(cutoff)) {
                // Missed from the first day after the due date and the grace days: the day the check's rule
                // (due before today minus the grace days) first holds, however late the check ran.
                LocalDate missedOn = i.dueOn.plusDays(config.settlement().graceDays() + 1L);
                miss(c, a, i, missedOn, true);
                firstMissedOn = firstMissedOn == null ? missedOn : firstMissedOn;
                missed++;
            }
        }
        if (missed > 0 && a.status == AgreementStatus.PERFORMING) {
            breach(c, a, "installment missed", firstMissedOn);
        }
        return missed;
    }

    private void miss(Case c, SettlementAgreement a, Installment i, LocalDate missedOn, boolean byCheck) {
        i.status = InstallmentStatus.MISSED;
        i.missedAt = clock.instant();
        i.missedOn = missedOn;
        events.publish(c.court, c.id.toString(), "Settlement", a.id.toString(), new InstallmentMissed(c.caseNumber,
                a.id, a.status.name(), c.campaignCode, i.seq, i.dueOn, missedOn, i.amount, i.due()));
        String detail = c.caseNumber + " installment " + i.seq + " due " + i.dueOn;
        if (byCheck) {
            audit.recordAs(SYSTEM_ACTOR, "system", c.court, "INSTALLMENT_MISSED", "Settlement", a.id.toString(),
                    detail);
        } else {
            audit.record("INSTALLMENT_MISSED", "Settlement", a.id.toString(), detail);
        }
    }

    private void breach(Case c, SettlementAgreement a, String reason, LocalDate breachedOn) {
        a.status = AgreementStatus.BREACHED;
        a.breachedAt = clock.instant();
        a.breachedOn = breachedOn;
        events.publish(c.court, a.caseId.toString(), "Settlement", a.id.toString(), new SettlementBreached(
                c.caseNumber, a.id, a.status.name(), c.campaignCode, scrubbed(c, reason), breachedOn));
    }

    private void persistAllocation(Installment i, Payment payment, BigDecimal amount) {
        InstallmentAllocation allocation = new InstallmentAllocation();
        allocation.installmentId = i.id;
        allocation.paymentId = payment.id;
        allocation.amount = amount;
        em.persist(allocation);
    }

    /** Free text for the feed, read by other systems: scrubbed of the case's parties. */
    private static String scrubbed(Case c, String text) {
        return text == null ? null : CaseText.scrubberOf(c).scrub(text);
    }

    static ProblemException notFound(UUID agreementId) {
        return ProblemException.notFound("settlement-not-found", "Settlement not found",
                "This case has no settlement agreement " + agreementId + ".");
    }
}
