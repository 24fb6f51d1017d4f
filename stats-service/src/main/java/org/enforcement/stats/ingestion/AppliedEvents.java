package org.enforcement.stats.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Exactly once: an event's figures are written only by the transaction that first records it as applied, whether
 * it comes with its page ({@link PageApplier}) or later from the dead letters ({@link DeadLetters}); a replay finds
 * it recorded and writes nothing. The count of applied events on the feed's cursor moves with it.
 */
@ApplicationScoped
class AppliedEvents {

    /** The longest event type the table keeps. */
    private static final int MAX_TYPE = 64;

    @Inject
    EntityManager em;

    /**
     * Records the event as applied and counts it on its feed; false when it already was (a replay), so its deltas
     * must not be written again. {@code counted}: the caller counts it with the page it applies (the cursor moves
     * by the page's count), so only the record is made here.
     */
    boolean firstTime(String feed, UUID eventId, String type, boolean counted) {
        boolean first = em.createNativeQuery("INSERT INTO applied_event (event_id, feed, type, applied_at)"
                        + " VALUES (CAST(?1 AS uuid), ?2, ?3, now()) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, eventId.toString())
                .setParameter(2, feed)
                .setParameter(3, type.length() <= MAX_TYPE ? type : type.substring(0, MAX_TYPE))
                .executeUpdate() == 1;
        if (first && !counted) {
            em.createNativeQuery("UPDATE feed_cursor SET events_applied = events_applied + 1 WHERE feed = ?1")
                    .setParameter(1, feed).executeUpdate();
        }
        return first;
    }
}
