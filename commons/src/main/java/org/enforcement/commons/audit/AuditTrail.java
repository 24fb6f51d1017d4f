package org.enforcement.commons.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.persistence.SqlValues;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Append-only audit trail of state-changing requests. Each entry is written in the transaction of the change it
 * records and carries the SHA-256 of its content chained to the previous entry's hash, so a changed, removed or
 * inserted row breaks verification from that row on.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Clock clock;

    /** The hash the first entry is chained to. */
    public static final String GENESIS = "0".repeat(64);
    static final long AUDIT_LOCK = 7_300_002L;
    private static final int VERIFY_BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

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
        em.flush();
        // One writer at a time, so every entry sees its true predecessor.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AUDIT_LOCK + ")").getSingleResult();
        List<?> last = em.createNativeQuery("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").getResultList();
        String previous = last.isEmpty() ? GENESIS : (String) last.get(0);
        String hash = hash(previous, at, actor, roles, court, action, resourceType, resourceId, detail);
        em.createNativeQuery("""
                        INSERT INTO audit_entry (occurred_at, actor, roles, court, action, resource_type, resource_id,
                                                 detail, previous_hash, hash)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, actor)
                .setParameter(3, roles)
                .setParameter(4, court)
                .setParameter(5, action)
                .setParameter(6, resourceType)
                .setParameter(7, resourceId)
                .setParameter(8, detail)
                .setParameter(9, previous)
                .setParameter(10, hash)
                .executeUpdate();
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
     * Recomputes the whole chain (every court's entries) and reports the first entry whose link or content does not
     * match. With {@code expected} (a head kept from the feed or an earlier verification), the chain must still
     * reach that entry with that hash: deleting the newest entries leaves a shorter chain that links, and only a
     * head kept elsewhere shows it. {@code court} chooses whose newest verified entry is reported as the head.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify(String court, ExpectedHead expected) {
        String expectedPrevious = GENESIS;
        long checked = 0;
        long cursor = 0;
        AuditHead head = null;
        boolean reached = false;
        while (true) {
            List<?> rows = em.createNativeQuery("""
                            SELECT id, occurred_at, actor, roles, court, action, resource_type, resource_id, detail,
                                   previous_hash, hash
                            FROM audit_entry WHERE id > ?1 ORDER BY id LIMIT ?2""")
                    .setParameter(1, cursor).setParameter(2, VERIFY_BATCH)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object row : rows) {
                AuditEntry e = toEntry((Object[]) row);
                if (!e.previousHash().equals(expectedPrevious)) {
                    return new ChainVerification(false, checked, e.id(),
                            "Entry " + e.id() + " does not link to the entry before it (one was changed, removed or inserted).",
                            head);
                }
                String recomputed = hash(e.previousHash(), e.occurredAt(), e.actor(), e.roles(), e.court(), e.action(),
                        e.resourceType(), e.resourceId(), e.detail());
                if (!recomputed.equals(e.hash())) {
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
                expectedPrevious = e.hash();
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

    static String hash(String previous, Instant at, String actor, String roles, String court, String action,
                       String resourceType, String resourceId, String detail) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("previous", previous);
        content.put("at", at.toString());
        content.put("actor", actor);
        content.put("roles", roles);
        content.put("court", court);
        content.put("action", action);
        content.put("resourceType", resourceType);
        content.put("resourceId", resourceId);
        content.put("detail", detail);
        return Json.sha256(Json.canonical(content));
    }

    private static AuditEntry toEntry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), SqlValues.instant(r[1]).truncatedTo(ChronoUnit.MICROS),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], (String) r[10]);
    }
}
