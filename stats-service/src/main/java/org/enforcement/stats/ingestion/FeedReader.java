package org.enforcement.stats.ingestion;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.enforcement.commons.security.ServiceAccount;

/**
 * Reads pages of the source feeds (case-service and operation-service {@code GET /events}) as the service account,
 * and tells whether a source went backwards ({@link Divergence}). Touches no database. A page can be read ahead, in
 * the background, while the one before it is applied.
 */
@ApplicationScoped
public class FeedReader {

    /** The feeds' largest page. */
    static final int MAX_PAGE = 500;

    @Inject
    ServiceAccount serviceAccount;

    @Inject
    @RestClient
    CaseFeedClient caseFeed;

    @Inject
    @RestClient
    OperationFeedClient operationFeed;

    /** Reads ahead: one daemon thread per page being read (a feed reads one page ahead at a time). */
    private final ExecutorService ahead = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "feed-read-ahead");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        ahead.shutdownNow();
    }

    /**
     * Reading a page (and what is done with it before it is applied) in the background; {@link #await} answers the
     * result or throws what the work threw.
     */
    <T> CompletableFuture<T> ahead(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, ahead);
    }

    static <T> T await(CompletableFuture<T> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The events of {@code feed} after position {@code cursor}, at most {@code limit}. */
    FeedPage read(Feed feed, long cursor, int limit) {
        String authorization = "Bearer " + serviceAccount.accessToken();
        FeedPage page = switch (feed) {
            case CASE -> caseFeed.read(authorization, Long.toString(cursor), Math.min(limit, MAX_PAGE));
            case OPERATION -> operationFeed.read(authorization, Long.toString(cursor), Math.min(limit, MAX_PAGE));
        };
        if (page == null) {
            throw new IllegalStateException("empty answer");
        }
        return page;
    }

    /**
     * Whether the source went backwards since the cursor was stored: re-reads the one event at the cursor with the
     * feed's own paging; null when the source still holds what was applied there (or nothing was yet).
     */
    Divergence wentBackwards(Feed feed, FeedCursors.CursorState state) {
        if (state.cursor() == 0 || state.eventUuid() == null) {
            return null;
        }
        return Divergence.atCursor(state.cursor(), state.eventUuid(), read(feed, state.cursor() - 1, 1));
    }
}
