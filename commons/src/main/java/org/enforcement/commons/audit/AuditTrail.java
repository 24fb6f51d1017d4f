package org.enforcement.commons.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.enforcement.commons.persistence.CommitAppends;
import org.enforcement.commons.persistence.SqlValues;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Append-only audit trail of state-changing requests. Each entry is written in the transaction of the change it
 * records and carries a SHA-256 chained to its court's previous entry ({@link AuditChain}), so a changed, removed or
 * inserted row breaks verification from that row on. One chain per court, appended at the commit
 * ({@link CommitAppends}): courts do not queue behind each other, and a court's writers only for their commit.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Clock clock;

    /** The hash the first entry of a chain is linked to. */
    public static final String GENESIS = AuditChain.GENESIS;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CommitAppends appends;

    @Inject
    AuditVerification verification;

    /** Records that the caller did {@code action} to a resource; call it inside the changing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId, String detail) {
        recordAs(caller.id(), caller.rolesText(), caller.court(), action, resourceType, resourceId, detail);
    }

    /** Records an action of the system itself (a scheduled job), which has no caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String roles, String court, String action, String resourceType,
                         String resourceId, String detail) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        appends.audit(new CommitAppends.AuditRow(court, at, actor, roles, action, resourceType, resourceId, detail,
                AuditChain.content(at, actor, roles, court, action, resourceType, resourceId, detail)));
    }

    /** Entries of one court after {@code cursor}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> entries(String court, long cursor, int limit) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, occurred_at, actor, roles, court, action, resource_type, resource_id, detail,
                               previous_hash, hash
                        FROM audit_entry WHERE court = ?1 AND id > ?2 ORDER BY id LIMIT ?3""")
                .setParameter(1, court).setParameter(2, cursor).setParameter(3, limit)
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        for (Object row : rows) {
            entries.add(toEntry((Object[]) row));
        }
        return entries;
    }

    /** The newest entry of {@code court} ({@code null}: of every court), or {@code null} when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditHead head(String court) {
        var query = em.createNativeQuery("SELECT id, hash, occurred_at FROM audit_entry"
                + (court == null ? "" : " WHERE court = ?1") + " ORDER BY id DESC LIMIT 1");
        if (court != null) {
            query.setParameter(1, court);
        }
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new AuditHead(((Number) r[0]).longValue(), (String) r[1],
                SqlValues.instant(r[2]).truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Recomputes every chain (every court's entries) and reports the first entry whose link or content does not
     * match. With {@code expected} (a head kept from the feed or an earlier verification), the chain must still
     * reach that entry with that hash: deleting the newest entries leaves a shorter chain that links, and only a
     * head kept elsewhere shows it. {@code court} chooses whose newest verified entry is reported as the head.
     */
    public ChainVerification verify(String court, ExpectedHead expected) {
        return verification.verify(court, expected);
    }

    /** A head kept by someone else: the chain must still contain entry {@code id} with exactly {@code hash}. */
    public record ExpectedHead(long id, String hash) {

        /** Reads {@code <id>:<hash>}; {@code null} when nothing is given. */
        public static ExpectedHead parse(String name, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String text = value.strip();
            int colon = text.indexOf(':');
            if (colon > 0 && text.substring(0, colon).matches("[0-9]{1,18}")
                    && text.substring(colon + 1).matches("[0-9a-f]{64}")) {
                // ASCII digits only: Long.parseLong would also read other scripts' digits.
                return new ExpectedHead(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
            }
            throw ProblemException.invalidField(name, "must be <id>:<hash> of an audit entry, e.g. 133:9f2c…");
        }
    }

    static AuditEntry toEntry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), SqlValues.instant(r[1]).truncatedTo(ChronoUnit.MICROS),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], (String) r[10]);
    }
}
