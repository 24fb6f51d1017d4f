package org.enforcement.stats.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.enforcement.stats.metrics.FeedEvent;
import org.hibernate.Session;

/**
 * Exactly once: an event's figures are written only by the transaction that first records it as applied, whether
 * it comes with its page ({@link PageApplier}, a page's events in one statement) or later from the dead letters
 * ({@link DeadLetters}); a replay finds it recorded and writes nothing. The count of applied events on the feed's cursor moves with it.
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
                .setParameter(3, truncate(type))
                .executeUpdate() == 1;
        if (first && !counted) {
            em.createNativeQuery("UPDATE feed_cursor SET events_applied = events_applied + 1 WHERE feed = ?1")
                    .setParameter(1, feed).executeUpdate();
        }
        return first;
    }

    /**
     * Records the events of a page as applied, in one statement, and answers the ids recorded now: those not
     * applied before (a replay finds them recorded; an id twice in the page is recorded once). The caller counts
     * them on the cursor with its page.
     */
    Set<UUID> firstTimes(String feed, List<FeedEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        String[] ids = events.stream().map(e -> e.eventId().toString()).toArray(String[]::new);
        String[] types = events.stream().map(e -> truncate(e.type())).toArray(String[]::new);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO applied_event (event_id, feed,"
                    + " type, applied_at) SELECT CAST(e.id AS uuid), ?, e.type, now() FROM unnest(?, ?) AS e(id, type)"
                    + " ON CONFLICT (event_id) DO NOTHING RETURNING CAST(event_id AS text)")) {
                insert.setString(1, feed);
                insert.setArray(2, connection.createArrayOf("text", ids));
                insert.setArray(3, connection.createArrayOf("text", types));
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(UUID.fromString(rows.getString(1)));
                    }
                }
                return fresh;
            }
        });
    }

    private static String truncate(String type) {
        return type.length() <= MAX_TYPE ? type : type.substring(0, MAX_TYPE);
    }
}
