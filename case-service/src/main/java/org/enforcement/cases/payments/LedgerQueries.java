package org.enforcement.cases.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.Ledger;
import org.enforcement.cases.casefiles.Ledgers;

/** Cases' ledgers from the payments and disbursements kept here: paid, disbursed and pending in two grouped queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LedgerQueries implements Ledgers {

    @Inject
    EntityManager em;

    @Override
    public Map<UUID, Ledger> of(List<Case> cases) {
        Map<UUID, Ledger> result = new HashMap<>();
        if (cases.isEmpty()) {
            return result;
        }
        for (Case c : cases) {
            result.put(c.id, Ledger.untouched(c.owed()));
        }
        List<UUID> ids = List.copyOf(result.keySet());
        List<Object[]> paid = em.createQuery(
                        "select p.caseId, sum(p.amount) from Payment p where p.caseId in :ids group by p.caseId",
                        Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : paid) {
            Ledger l = result.get((UUID) row[0]);
            result.put((UUID) row[0], new Ledger(l.owed(), scaled(row[1]), l.disbursed(), l.pendingDisbursements()));
        }
        List<Object[]> out = em.createQuery("""
                        select d.caseId, d.status, sum(d.amount) from Disbursement d
                        where d.caseId in :ids and d.status <> :rejected group by d.caseId, d.status""", Object[].class)
                .setParameter("ids", ids).setParameter("rejected", DisbursementStatus.REJECTED).getResultList();
        for (Object[] row : out) {
            UUID id = (UUID) row[0];
            Ledger l = result.get(id);
            BigDecimal sum = scaled(row[2]);
            result.put(id, row[1] == DisbursementStatus.APPROVED
                    ? new Ledger(l.owed(), l.paid(), sum, l.pendingDisbursements())
                    : new Ledger(l.owed(), l.paid(), l.disbursed(), sum));
        }
        return result;
    }

    private static BigDecimal scaled(Object sum) {
        return sum == null ? Ledger.ZERO : ((BigDecimal) sum).setScale(2);
    }
}
