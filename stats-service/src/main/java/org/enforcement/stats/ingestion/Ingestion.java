package org.enforcement.stats.ingestion;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.enforcement.stats.metrics.MetricProjector;
import org.jboss.logging.Logger;

/**
 * Reads the event feeds of case-service and operation-service and applies them to the aggregates exactly once.
 *
 * <p>Each page is applied in one transaction that takes {@code pg_try_advisory_xact_lock(feed)} (another replica
 * holding it means this one skips the feed), inserts every event id into {@code applied_event} with
 * {@code ON CONFLICT DO NOTHING}, applies only the events actually inserted, and stores the cursor. A crash
 * anywhere rolls all of it back, and a replay of events already applied changes nothing. A feed that fails keeps
 * its cursor and records the error; the other feed is read regardless.
 */
@ApplicationScoped
public class Ingestion {

    private static final Logger LOG = Logger.getLogger(Ingestion.class);
    private static final int MAX_ERROR_LENGTH = 500;

    /** What one poll of one feed did. */
    public record PollResult(Feed feed, int pages, int applied, String error) {
    }

    private enum Outcome { APPLIED, LOCKED, MOVED_ON }

    private record PageResult(Outcome outcome, int applied) {
    }

    @Inject
    EntityManager em;

    @Inject
    MetricProjector projector;

    @Inject
    ServiceTokens tokens;

    @Inject
    MeterRegistry registry;

    @Inject
    @RestClient
    CaseFeedClient caseFeed;

    @Inject
    @RestClient
    OperationFeedClient operationFeed;

    @ConfigProperty(name = "stats.ingest.page-size", defaultValue = "200")
    int pageSize;

    @ConfigProperty(name = "stats.ingest.max-pages", defaultValue = "20")
    int maxPages;

    @Scheduled(identity = "stats-ingest", every = "${stats.ingest.poll-every}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        pollOnce();
    }

    /** Polls every feed once (up to {@code stats.ingest.max-pages} pages each), synchronously. */
    public Map<Feed, PollResult> pollOnce() {
        Map<Feed, PollResult> results = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            results.put(feed, poll(feed));
        }
        return results;
    }

    PollResult poll(Feed feed) {
        int pages = 0;
        int applied = 0;
        try {
            while (pages < maxPages) {
                long cursor = QuarkusTransaction.requiringNew().call(() -> cursorOf(feed));
                FeedPage page = fetch(feed, cursor);
                PageResult result = QuarkusTransaction.requiringNew().call(() -> applyPage(feed, cursor, page));
                if (result.outcome() != Outcome.APPLIED) {
                    break;
                }
                pages++;
                applied += result.applied();
                if (!page.hasMore() || page.eventsOrEmpty().isEmpty()) {
                    break;
                }
            }
            registry.counter("stats_ingest_events_applied", "feed", feed.key()).increment(applied);
            return new PollResult(feed, pages, applied, null);
        } catch (RuntimeException e) {
            registry.counter("stats_ingest_events_applied", "feed", feed.key()).increment(applied);
            registry.counter("stats_ingest_poll_failures", "feed", feed.key()).increment();
            String error = describe(feed, e);
            LOG.warnf("Reading the %s feed failed, keeping its cursor: %s", feed.key(), error);
            QuarkusTransaction.requiringNew().run(() -> recordError(feed, error));
            return new PollResult(feed, pages, applied, error);
        }
    }

    private FeedPage fetch(Feed feed, long cursor) {
        String authorization = "Bearer " + tokens.mint();
        FeedPage page = switch (feed) {
            case CASE -> caseFeed.read(authorization, cursor, pageSize);
            case OPERATION -> operationFeed.read(authorization, cursor, pageSize);
        };
        if (page == null) {
            throw new IllegalStateException("empty answer");
        }
        return page;
    }

    private PageResult applyPage(Feed feed, long cursor, FeedPage page) {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, feed.lockKey()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new PageResult(Outcome.LOCKED, 0);
        }
        if (cursorOf(feed) != cursor) {
            // Another replica applied this page while we were reading it.
            return new PageResult(Outcome.MOVED_ON, 0);
        }
        int applied = 0;
        long last = cursor;
        for (FeedEvent event : page.eventsOrEmpty()) {
            last = Math.max(last, event.id());
            if (event.eventId() == null || event.type() == null) {
                continue;
            }
            int inserted = em.createNativeQuery("INSERT INTO applied_event (event_id, feed, type, applied_at)"
                            + " VALUES (CAST(?1 AS uuid), ?2, ?3, now()) ON CONFLICT (event_id) DO NOTHING")
                    .setParameter(1, event.eventId().toString())
                    .setParameter(2, feed.key())
                    .setParameter(3, truncate(event.type(), 64))
                    .executeUpdate();
            if (inserted == 1) {
                projector.apply(event);
                applied++;
            }
        }
        long next = page.eventsOrEmpty().isEmpty() ? cursor : Math.max(last, page.nextCursor());
        em.createNativeQuery("UPDATE feed_cursor SET last_event_id = ?1, last_polled_at = now(),"
                        + " last_success_at = now(), last_error = NULL, events_applied = events_applied + ?2"
                        + " WHERE feed = ?3")
                .setParameter(1, next)
                .setParameter(2, applied)
                .setParameter(3, feed.key())
                .executeUpdate();
        return new PageResult(Outcome.APPLIED, applied);
    }

    private long cursorOf(Feed feed) {
        Number cursor = (Number) em.createNativeQuery("SELECT last_event_id FROM feed_cursor WHERE feed = ?1")
                .setParameter(1, feed.key()).getSingleResult();
        return cursor.longValue();
    }

    private void recordError(Feed feed, String error) {
        em.createNativeQuery("UPDATE feed_cursor SET last_polled_at = now(), last_error = ?1 WHERE feed = ?2")
                .setParameter(1, error).setParameter(2, feed.key()).executeUpdate();
    }

    /** The feeds' cursors and last results, for {@code GET /api/ingestion}. */
    public IngestionStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT feed, last_event_id, events_applied, last_polled_at,"
                    + " last_success_at, last_error FROM feed_cursor ORDER BY feed").getResultList();
            List<FeedStatus> feeds = new ArrayList<>();
            for (Object[] row : rows) {
                feeds.add(new FeedStatus((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), instant(row[3]), instant(row[4]), (String) row[5]));
            }
            return new IngestionStatus(feeds);
        });
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

    private static String describe(Feed feed, RuntimeException e) {
        String source = feed.key() + "-service";
        if (e instanceof WebApplicationException web && web.getResponse() != null) {
            return "HTTP " + web.getResponse().getStatus() + " from " + source;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String prefix = e instanceof ProcessingException ? source + " unreachable: " : "Failed to apply " + source
                + " events: ";
        return truncate(prefix + message, MAX_ERROR_LENGTH);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
