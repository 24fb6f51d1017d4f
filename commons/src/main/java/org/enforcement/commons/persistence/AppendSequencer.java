package org.enforcement.commons.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Moves committed pending audit entries and events into the logs ({@code sequence_appends}, migration V16_1): it
 * chains the entries per court and gives the events their feed ids, under the logs' one lock, which writers no
 * longer take (issue 18).
 * <p>
 * A writer waits, right after its commit, for a round that began after it ({@link #awaitRound}), so a request
 * answers only once its entries and events are in the logs. The rounds run one at a time on one thread of this
 * replica: a round moves everything committed before it began, and the writers that committed while it ran share
 * the next one. So a replica holds one connection in the lock's queue, not one per writer (a queue of 16 backends
 * on one lock cost the database more CPU than it saved). The scheduled round, one more round on the same thread,
 * picks up rows whose writer stopped between its commit and its round (a killed process, a lost connection).
 */
@ApplicationScoped
public class AppendSequencer {

    private static final Logger LOG = Logger.getLogger(AppendSequencer.class);
    private static final long WAIT_SECONDS = 10;

    /** The thread the rounds run on (a test tells their statements from a request's by it). */
    public static final String THREAD = "append-sequencer";

    @Inject
    DataSource dataSource;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Integer> next = new CompletableFuture<>();
    private boolean nextSubmitted;

    /** Waits for a round that began after this call; returns how many rows it moved, its own or others'. */
    public int awaitRound() throws SQLException {
        CompletableFuture<Integer> round;
        synchronized (this) {
            round = next;
            if (!nextSubmitted) {
                nextSubmitted = true;
                thread.execute(this::runRound);
            }
        }
        try {
            return round.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the append sequencer", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } catch (TimeoutException e) {
            throw new SQLException("The append sequencer did not finish a round within " + WAIT_SECONDS + " s", e);
        }
    }

    private void runRound() {
        CompletableFuture<Integer> round;
        synchronized (this) {
            round = next; // callers from now on wait for the round after this one
            next = new CompletableFuture<>();
            nextSubmitted = false;
        }
        try {
            round.complete(sequence());
        } catch (SQLException | RuntimeException e) {
            round.completeExceptionally(e);
        }
    }

    private int sequence() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet moved = statement.executeQuery("SELECT sequence_appends()")) {
            moved.next();
            return moved.getInt(1);
        }
    }

    @Scheduled(every = "${appends.sequence-every}", identity = "append-sequencer",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        try {
            // Under load this also moves rows whose writer's own round was about to: not worth a log line.
            int moved = awaitRound();
            LOG.debugf("The scheduled round moved %d pending audit entries and events", moved);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Sequencing pending audit entries and events failed; the next round tries again: %s",
                    e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
