package org.enforcement.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.persistence.CommitAppends;
import org.enforcement.commons.persistence.SqlValues;
import org.enforcement.events.EventPayload;

/**
 * The transactional outbox: domain code calls {@link #publish} inside the transaction that changes state, so an
 * event exists exactly when its change committed. Ids commit in increasing order: a consumer that has read up to id
 * N can never later find an event with a smaller id appear, so {@code after=N} is a safe cursor.
 * <p>
 * How (issue 18): the events are kept until the commit and written by {@link CommitAppends} into a pending table,
 * without any lock; after the commit one sequencer step ({@code AppendSequencer}) moves the committed ones into the
 * outbox and only it takes ids, under the outbox's lock, so they commit in increasing order. The alternative,
 * ordering the feed by commit with a horizon ({@code pg_current_xact_id()} per event, readers stopping at
 * {@code pg_snapshot_xmin}), would have moved cursors, stats-service's ingestion and the webhooks' cursors to a new
 * position column; moving rows keeps the id contract as it is.
 */
@ApplicationScoped
public class DomainEvents {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CommitAppends appends;

    /**
     * Appends {@code payload} as an event of its type ({@link EventPayload#eventType()}) when the transaction commits:
     * the record is the contract, so a field can only be added or changed where the contract shows it too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String court, String caseId, String aggregateType, String aggregateId, EventPayload payload) {
        UUID eventId = UUID.randomUUID();
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        appends.event(new CommitAppends.EventRow(eventId, payload.eventType(), court, caseId, aggregateType,
                aggregateId, payload, occurredAt));
        return eventId;
    }

    /** Events after {@code cursor} in commit order; {@code court == null} means every court. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DomainEvent> after(long cursor, int limit, String court) {
        String sql = "SELECT id, event_id, type, court, case_id, aggregate_type, aggregate_id,"
                + " CAST(payload AS text), occurred_at FROM outbox_event WHERE id > ?1"
                + (court == null ? "" : " AND court = ?3") + " ORDER BY id LIMIT ?2";
        var query = em.createNativeQuery(sql).setParameter(1, cursor).setParameter(2, limit);
        if (court != null) {
            query.setParameter(3, court);
        }
        List<DomainEvent> events = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            events.add(new DomainEvent(((Number) r[0]).longValue(), UUID.fromString(r[1].toString()),
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    Json.map((String) r[7]), SqlValues.instant(r[8])));
        }
        return events;
    }

    /** The newest event id of {@code court} ({@code null}: every court), 0 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long head(String court) {
        var query = em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM outbox_event"
                + (court == null ? "" : " WHERE court = ?1"));
        if (court != null) {
            query.setParameter(1, court);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

}
