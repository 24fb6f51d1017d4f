package org.enforcement.stats.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.persistence.SqlValues;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.stats.metrics.FeedEvent;
import org.enforcement.stats.metrics.MetricProjector;

/**
 * The {@code dead_letter_event} table: events whose projection failed, so they neither block their feed nor get
 * lost. A retry re-applies the stored event at most once (the {@code applied_event} guard) and removes it.
 */
@ApplicationScoped
public class DeadLetters {

    static final int MAX_ERROR_LENGTH = 500;
    private static final String COLUMNS = "CAST(event_id AS text), feed, feed_position, type, court, case_id,"
            + " aggregate_type, aggregate_id, CAST(payload AS text), occurred_at, error, first_failed_at,"
            + " last_failed_at, attempts";

    /** An event of a page whose projection failed, and why. */
    public record Failure(FeedEvent event, String error) {
    }

    @Inject
    EntityManager em;

    @Inject
    AppliedEvents appliedEvents;

    @Inject
    MetricProjector projector;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    /**
     * Stores the failures of one page in a transaction of their own, before the page is applied: a failure is kept
     * even if the page's transaction is then rolled back (and simply counted again when the page is read again).
     * An event already applied (retried successfully earlier) is not stored again. Returns how many were stored.
     */
    public int record(Feed feed, List<Failure> failures) {
        if (failures.isEmpty()) {
            return 0;
        }
        int stored = QuarkusTransaction.requiringNew().call(() -> {
            int count = 0;
            for (Failure f : failures) {
                count += store(feed, f.event(), f.error());
            }
            return count;
        });
        registry.counter("stats_dead_letters_recorded", "feed", feed.key()).increment(stored);
        return stored;
    }

    private int store(Feed feed, FeedEvent e, String error) {
        Query query = em.createNativeQuery("INSERT INTO dead_letter_event (event_id, feed, feed_position, type,"
                        + " court, case_id, aggregate_type, aggregate_id, payload, occurred_at, error)"
                        + " SELECT CAST(?1 AS uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS jsonb), ?10, ?11"
                        + " WHERE NOT EXISTS (SELECT 1 FROM applied_event WHERE event_id = CAST(?1 AS uuid))"
                        + " ON CONFLICT (event_id) DO UPDATE SET error = EXCLUDED.error, last_failed_at = now(),"
                        + " attempts = dead_letter_event.attempts + 1")
                .setParameter(1, e.eventId().toString())
                .setParameter(2, feed.key())
                .setParameter(3, e.id())
                .setParameter(4, e.type());
        org.hibernate.query.Query<?> typed = query.unwrap(org.hibernate.query.Query.class);
        typed.setParameter(5, e.court(), String.class);
        typed.setParameter(6, e.caseId(), String.class);
        typed.setParameter(7, e.aggregateType(), String.class);
        typed.setParameter(8, e.aggregateId(), String.class);
        typed.setParameter(9, e.payload() == null ? null : write(e.payload()), String.class);
        typed.setParameter(10, e.occurredAt(), Instant.class);
        typed.setParameter(11, truncate(error), String.class);
        return query.executeUpdate();
    }

    /** Dead letters, oldest first, of one court ({@code null}: every court) and feed ({@code null}: both). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeadLetterPage list(String court, Feed feed, String cursor, int limit) {
        DeadLetterPage.Position after = DeadLetterPage.Position.decode(cursor);
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM dead_letter_event WHERE true");
        if (after != null) {
            sql.append(" AND (first_failed_at, feed, feed_position) > (:at, :afterFeed, :afterPosition)");
        }
        if (court != null) {
            sql.append(" AND court = :court");
        }
        if (feed != null) {
            sql.append(" AND feed = :feed");
        }
        sql.append(" ORDER BY first_failed_at, feed, feed_position LIMIT :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("limit", limit + 1);
        if (after != null) {
            query.setParameter("at", Timestamp.from(after.firstFailedAt()))
                    .setParameter("afterFeed", after.feed()).setParameter("afterPosition", after.feedPosition());
        }
        if (court != null) {
            query.setParameter("court", court);
        }
        if (feed != null) {
            query.setParameter("feed", feed.key());
        }
        List<DeadLetter> letters = new ArrayList<>();
        for (Object row : query.getResultList()) {
            letters.add(view((Object[]) row));
        }
        boolean more = letters.size() > limit;
        List<DeadLetter> shown = more ? letters.subList(0, limit) : letters;
        String next = more ? DeadLetterPage.Position.after(shown.get(limit - 1)).encode() : null;
        return new DeadLetterPage(List.copyOf(shown), next, more, limit);
    }

    /**
     * Applies the stored event again, visible to {@code court} ({@code null}: any court). Success counts it once
     * and removes the dead letter; a new failure is recorded (attempts + 1) and answered 422.
     */
    public RetryResult retry(UUID eventId, String court) {
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> attempt(eventId, court));
        if (attempt.error() != null) {
            throw ProblemException.unprocessable("dead-letter-still-failing", "Event still cannot be applied",
                            "Event " + eventId + " failed again: " + attempt.error())
                    .with("attempts", attempt.attempts());
        }
        return new RetryResult(eventId, attempt.outcome());
    }

    private record Attempt(RetryResult.Outcome outcome, String error, int attempts) {
    }

    private Attempt attempt(UUID eventId, String court) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM dead_letter_event"
                        + " WHERE event_id = CAST(?1 AS uuid) FOR UPDATE")
                .setParameter(1, eventId.toString()).getResultList();
        DeadLetter letter = rows.isEmpty() ? null : view(rows.get(0));
        JsonNode payload = rows.isEmpty() ? null : read((String) rows.get(0)[8]);
        if (letter == null || (court != null && !court.equals(letter.court()))) {
            throw ProblemException.notFound("dead-letter-not-found", "Dead letter not found",
                    "There is no dead letter for event " + eventId + ".");
        }
        FeedEvent event = new FeedEvent(letter.feedEventId(), letter.eventId(), letter.type(), letter.court(),
                letter.caseId(), letter.aggregateType(), letter.aggregateId(), payload, letter.occurredAt());
        List<MetricProjector.Delta> deltas;
        try {
            deltas = projector.deltas(event);
        } catch (RuntimeException e) {
            String error = truncate(PageApplier.reason(e));
            em.createNativeQuery("UPDATE dead_letter_event SET error = ?1, last_failed_at = now(),"
                            + " attempts = attempts + 1 WHERE event_id = CAST(?2 AS uuid)")
                    .setParameter(1, error).setParameter(2, eventId.toString()).executeUpdate();
            return new Attempt(null, error, letter.attempts() + 1);
        }
        boolean first = appliedEvents.firstTime(letter.feed(), eventId, letter.type(), false);
        if (first) {
            projector.write(letter.feed(), deltas);
        }
        em.createNativeQuery("DELETE FROM dead_letter_event WHERE event_id = CAST(?1 AS uuid)")
                .setParameter(1, eventId.toString()).executeUpdate();
        return new Attempt(first ? RetryResult.Outcome.APPLIED : RetryResult.Outcome.ALREADY_APPLIED,
                null, letter.attempts());
    }

    private DeadLetter view(Object[] r) {
        return new DeadLetter(UUID.fromString((String) r[0]), (String) r[1], ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], shown((String) r[8]),
                r[9] == null ? null : SqlValues.instant(r[9]), (String) r[10], SqlValues.instant(r[11]),
                SqlValues.instant(r[12]), ((Number) r[13]).intValue());
    }

    /** The stored payload as plain JSON values (maps, lists, exact decimals) for the API. */
    private Object shown(String text) {
        JsonNode node = read(text);
        return node == null ? null : json.convertValue(node, Object.class);
    }

    private String write(JsonNode payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Payload cannot be written as JSON", e);
        }
    }

    private JsonNode read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored payload is not JSON", e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
