package org.enforcement.commons.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the audit trail's chains: entries of chain 1 link across all courts, entries of chain 2 to their
 * court's previous entry (of either chain: a court's chain 2 goes on from its last chain 1 entry). Read in id
 * order, which is each chain's order: a chain's writers take their ids while holding its head.
 */
@ApplicationScoped
public class AuditVerification {

    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    /** See {@link AuditTrail#verify}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify(String court, AuditTrail.ExpectedHead expected) {
        String globalPrevious = AuditChain.GENESIS;
        Map<String, String> courtPrevious = new HashMap<>();
        long checked = 0;
        long cursor = 0;
        AuditHead head = null;
        boolean reached = false;
        while (true) {
            List<?> rows = em.createNativeQuery("""
                            SELECT id, occurred_at, actor, roles, court, action, resource_type, resource_id, detail,
                                   previous_hash, hash, chain
                            FROM audit_entry WHERE id > ?1 ORDER BY id LIMIT ?2""")
                    .setParameter(1, cursor).setParameter(2, BATCH)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                AuditEntry e = AuditTrail.toEntry(r);
                int chain = ((Number) r[11]).intValue();
                String expectedPrevious = chain == AuditChain.GLOBAL ? globalPrevious
                        : courtPrevious.getOrDefault(e.court(), AuditChain.GENESIS);
                if (!e.previousHash().equals(expectedPrevious)) {
                    return new ChainVerification(false, checked, e.id(), "Entry " + e.id()
                            + " does not link to the entry before it (one was changed, removed or inserted).", head);
                }
                if (!AuditChain.hash(chain, e.previousHash(), e).equals(e.hash())) {
                    return new ChainVerification(false, checked, e.id(),
                            "Entry " + e.id() + " was altered after it was written.", head);
                }
                if (expected != null && e.id() == expected.id()) {
                    if (!e.hash().equals(expected.hash())) {
                        return new ChainVerification(false, checked, e.id(), "Entry " + e.id()
                                + " is not the entry expected as the head: the chain was rewritten from there on.",
                                head);
                    }
                    reached = true;
                }
                if (court == null || court.equals(e.court())) {
                    head = new AuditHead(e.id(), e.hash(), e.occurredAt());
                }
                if (chain == AuditChain.GLOBAL) {
                    globalPrevious = e.hash();
                }
                courtPrevious.put(e.court(), e.hash());
                cursor = e.id();
                checked++;
            }
        }
        if (expected != null && !reached) {
            return new ChainVerification(false, checked, expected.id(), "The chain no longer reaches the expected"
                    + " head, entry " + expected.id() + ": it was deleted, with any entries after it.", head);
        }
        return new ChainVerification(true, checked, null, "The chain is intact.", head);
    }
}
