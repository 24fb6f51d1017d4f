package org.enforcement.stats.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.Query;

/**
 * The {@code feed_cursor} table: per feed, how far it was applied (the cursor and the event there), the source's
 * head, the last poll's outcome and whether the feed stopped because its source went backwards. Every method runs
 * in the caller's transaction; the cursor moves only in the transaction that applies the page behind it.
 */
@ApplicationScoped
public class FeedCursors {

    /** A feed's cursor, the eventId of the event there (null: unknown) and why it diverged (null: it did not). */
    record CursorState(long cursor, UUID eventUuid, String divergedReason) {
    }

    @Inject
    EntityManager em;

    CursorState stateOf(Feed feed) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_event_id, CAST(cursor_event_uuid AS text),"
                + " diverged_reason FROM feed_cursor WHERE feed = ?1").setParameter(1, feed.key()).getSingleResult();
        return new CursorState(((Number) row[0]).longValue(), row[1] == null ? null : UUID.fromString((String) row[1]),
                (String) row[2]);
    }

    long cursorOf(Feed feed) {
        Number cursor = (Number) em.createNativeQuery("SELECT last_event_id FROM feed_cursor WHERE feed = ?1")
                .setParameter(1, feed.key()).getSingleResult();
        return cursor.longValue();
    }

    /** A poll failed: the cursor stays, the error is shown until a poll succeeds. */
    void recordError(Feed feed, String error) {
        em.createNativeQuery("UPDATE feed_cursor SET last_polled_at = now(), last_error = ?1 WHERE feed = ?2")
                .setParameter(1, error).setParameter(2, feed.key()).executeUpdate();
    }

    /** Marks the feed DIVERGED unless it already is; true for the one caller (replica) that marked it. */
    boolean markDiverged(Feed feed, String reason, Long head) {
        return em.createNativeQuery("UPDATE feed_cursor SET diverged_at = now(), diverged_reason = ?1,"
                        + " last_polled_at = now(), head_event_id = COALESCE(?2, head_event_id)"
                        + " WHERE feed = ?3 AND diverged_at IS NULL")
                .setParameter(1, reason)
                .unwrap(Query.class)
                .setParameter(2, head, Long.class)
                .setParameter(3, feed.key())
                .executeUpdate() == 1;
    }

    /**
     * A page is applied: the cursor moves to {@code next}, with the event there ({@code atCursor}, null: unknown)
     * and the source's head (null: not reported, the stored one stays).
     */
    void advance(Feed feed, long next, int applied, Long head, UUID atCursor) {
        em.createNativeQuery("UPDATE feed_cursor SET last_event_id = ?1, last_polled_at = now(),"
                        + " last_success_at = now(), last_error = NULL, events_applied = events_applied + ?2,"
                        + " head_event_id = COALESCE(?4, head_event_id), cursor_event_uuid = CAST(?5 AS uuid)"
                        + " WHERE feed = ?3")
                .setParameter(1, next)
                .setParameter(2, applied)
                .setParameter(3, feed.key())
                .unwrap(Query.class)
                .setParameter(4, head, Long.class)
                .setParameter(5, atCursor == null ? null : atCursor.toString(), String.class)
                .executeUpdate();
    }

    /** Back to the start of the source, divergence and error cleared (a rebuild). */
    void reset(Feed feed) {
        em.createNativeQuery("UPDATE feed_cursor SET last_event_id = 0, cursor_event_uuid = NULL,"
                        + " events_applied = 0, head_event_id = NULL, last_error = NULL, diverged_at = NULL,"
                        + " diverged_reason = NULL WHERE feed = ?1")
                .setParameter(1, feed.key()).executeUpdate();
    }

    /** The feeds' cursors and last results as of {@code now}. */
    IngestionStatus status(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.feed, c.last_event_id, c.events_applied,"
                + " c.last_polled_at, c.last_success_at, c.last_error, c.head_event_id,"
                + " (SELECT COUNT(*) FROM dead_letter_event d WHERE d.feed = c.feed), c.diverged_at,"
                + " c.diverged_reason"
                + " FROM feed_cursor c ORDER BY c.feed").getResultList();
        List<FeedStatus> feeds = new ArrayList<>();
        long deadLetterTotal = 0;
        for (Object[] row : rows) {
            long last = ((Number) row[1]).longValue();
            Instant success = instant(row[4]);
            Long head = row[6] == null ? null : ((Number) row[6]).longValue();
            long dead = ((Number) row[7]).longValue();
            deadLetterTotal += dead;
            String divergedReason = (String) row[9];
            String state = divergedReason != null ? FeedStatus.DIVERGED
                    : row[5] != null ? FeedStatus.FAILING : FeedStatus.OK;
            feeds.add(new FeedStatus((String) row[0], state, last, ((Number) row[2]).longValue(), instant(row[3]),
                    success, (String) row[5], head, head == null ? null : Math.max(0, head - last),
                    success == null ? null : Math.max(0, Duration.between(success, now).toSeconds()), dead,
                    instant(row[8]), divergedReason));
        }
        return new IngestionStatus(feeds, deadLetterTotal);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
