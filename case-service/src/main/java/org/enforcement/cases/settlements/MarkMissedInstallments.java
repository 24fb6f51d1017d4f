package org.enforcement.cases.settlements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.cases.config.CaseConfig;
import org.jboss.logging.Logger;

/**
 * The missed-installment check (a missed installment is a breach): marks installments not fully paid by their due
 * date plus the grace period as missed, and their agreements breached.
 */
@UseCase
@ApplicationScoped
public class MarkMissedInstallments {

    private static final Logger LOG = Logger.getLogger(MarkMissedInstallments.class);

    @Inject
    CaseRepository cases;

    @Inject
    EntityManager em;

    @Inject
    AgreementBreaches breaches;

    @Inject
    CaseConfig config;

    /**
     * Each agreement is handled in its own transaction under its case's row lock, the lock payments take: a payment
     * and the check never change the same installments at once, and the check reads the installments only once it
     * holds the lock. What another run (or replica) already marked is OPEN no more, so running the check twice marks
     * nothing twice.
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
        // The system's own check: no court, and no ETag change (nothing the case's version covers changes).
        Case c = cases.lockForCheck(caseId).orElse(null);
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
                breaches.miss(c, a, i, missedOn, true);
                firstMissedOn = firstMissedOn == null ? missedOn : firstMissedOn;
                missed++;
            }
        }
        if (missed > 0 && a.status == AgreementStatus.PERFORMING) {
            breaches.breach(c, a, "installment missed", firstMissedOn);
        }
        return missed;
    }
}
