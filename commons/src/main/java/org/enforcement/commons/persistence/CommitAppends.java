package org.enforcement.commons.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.enforcement.commons.http.Json;
import org.jboss.logging.Logger;

/**
 * The rows a transaction appends to the shared logs (audit entries, outbox events), kept until its commit and then
 * written by one statement ({@code append_at_commit}) into the pending tables, after everything else the
 * transaction wrote. Writers take no lock on the logs (issue 18: a lock held through every commit kept them in
 * single file); right after the commit, {@link AppendSequencer} moves the committed rows into the logs.
 * <p>
 * Runs as a (non-interposed) synchronization just before the commit, so before Hibernate's and the pool's own, on
 * the transaction's connection, after flushing the persistence context. A failure there rolls the transaction back
 * and reaches the caller wrapped in the commit's exception, which {@code DatabaseFaults} unwraps like any other.
 * A failure of the sequencing after the commit cannot undo it: it is logged, and the scheduled round moves the rows.
 */
@ApplicationScoped
public class CommitAppends {

    private static final Object KEY = CommitAppends.class;
    private static final Logger LOG = Logger.getLogger(CommitAppends.class);

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    TransactionManager transactions;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    AppendSequencer sequencer;

    /** An audit entry; {@code contentHash} is what its chain link covers besides the previous hash. */
    public record AuditRow(String court, Instant at, String actor, String roles, String action, String resourceType,
                           String resourceId, String detail, String contentHash) {
    }

    /** An outbox event; {@code payload} is serialised as canonical JSON. */
    public record EventRow(UUID eventId, String type, String court, String caseId, String aggregateType,
                           String aggregateId, Object payload, Instant occurredAt) {
    }

    /** Appends {@code row} to the audit trail when the current transaction commits. */
    public void audit(AuditRow row) {
        pending().entries.add(row);
    }

    /** Appends {@code row} to the outbox when the current transaction commits. */
    public void event(EventRow row) {
        pending().events.add(row);
    }

    private Pending pending() {
        Pending pending = (Pending) registry.getResource(KEY);
        if (pending == null) {
            em.isJoinedToTransaction(); // the session joins now, not inside the commit
            pending = new Pending();
            try {
                transactions.getTransaction().registerSynchronization(pending);
            } catch (RollbackException | SystemException e) {
                throw new IllegalStateException("The transaction can no longer take appends", e);
            }
            registry.putResource(KEY, pending);
        }
        return pending;
    }

    private final class Pending implements Synchronization {
        final List<AuditRow> entries = new ArrayList<>();
        final List<EventRow> events = new ArrayList<>();

        @Override
        public void beforeCompletion() {
            if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return; // rolling back: nothing to append
            }
            em.flush();
            // The pool hands out the transaction's connection; closing this handle before the pool's own
            // synchronization runs keeps it from closing (and warning about) a handle left open.
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement append = connection.prepareStatement(
                         "SELECT append_at_commit(CAST(? AS jsonb), CAST(? AS jsonb))")) {
                append.setString(1, Json.canonical(entries));
                append.setString(2, Json.canonical(events));
                append.execute();
            } catch (SQLException e) {
                throw new PersistenceException("Appending the audit entries and events failed", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED || (entries.isEmpty() && events.isEmpty())) {
                return;
            }
            try {
                sequencer.awaitRound(); // outside the finished transaction, on a connection of its own
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Sequencing after a commit failed; the scheduled round moves the rows: %s", e.getMessage());
            }
        }
    }
}
