-- Issue 18: writers no longer serialise on the shared logs. A transaction's audit entries and events go to two
-- pending tables, which take no lock beyond the rows' own; after the commit one sequencer step (sequence_appends)
-- moves every committed pending row into audit_entry and outbox_event: it chains the entries per court and gives
-- the events their feed ids. Only the sequencer holds the logs' lock, and it moves whatever has committed meanwhile
-- in one go, so writers' commits group again. Readers are unchanged: outbox ids still commit in increasing order
-- (only the sequencer takes them, under the lock), and each court's entries are still chained in id order.
-- Numbered after every service's own migrations at the time (stats-service's V16): a service's next one is V17 on.

CREATE TABLE audit_pending (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    court         VARCHAR(32)  NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    resource_type VARCHAR(64)  NOT NULL,
    resource_id   VARCHAR(64)  NOT NULL,
    detail        TEXT,
    content_hash  CHAR(64)     NOT NULL
);

CREATE TABLE outbox_pending (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID        NOT NULL,
    type           VARCHAR(64) NOT NULL,
    court          VARCHAR(32) NOT NULL,
    case_id        VARCHAR(64),
    aggregate_type VARCHAR(64) NOT NULL,
    aggregate_id   VARCHAR(64) NOT NULL,
    payload        JSONB       NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL
);

-- Same arguments and answer as before (V15_1), so CommitAppends' one statement stays the transaction's last; it now
-- only inserts. entries: [{court, at, actor, roles, action, resourceType, resourceId, detail, contentHash}];
-- events: [{eventId, type, court, caseId, aggregateType, aggregateId, payload, occurredAt}].
CREATE OR REPLACE FUNCTION append_at_commit(entries JSONB, events JSONB) RETURNS INTEGER LANGUAGE sql AS $$
    WITH audited AS (
        INSERT INTO audit_pending (occurred_at, actor, roles, court, action, resource_type, resource_id, detail,
                                   content_hash)
        SELECT CAST(e.value ->> 'at' AS TIMESTAMPTZ), e.value ->> 'actor', e.value ->> 'roles', e.value ->> 'court',
               e.value ->> 'action', e.value ->> 'resourceType', e.value ->> 'resourceId', e.value ->> 'detail',
               e.value ->> 'contentHash'
        FROM jsonb_array_elements(entries) WITH ORDINALITY AS e (value, n) ORDER BY e.n
        RETURNING 1
    ), published AS (
        INSERT INTO outbox_pending (event_id, type, court, case_id, aggregate_type, aggregate_id, payload,
                                    occurred_at)
        SELECT CAST(e.value ->> 'eventId' AS UUID), e.value ->> 'type', e.value ->> 'court', e.value ->> 'caseId',
               e.value ->> 'aggregateType', e.value ->> 'aggregateId', e.value -> 'payload',
               CAST(e.value ->> 'occurredAt' AS TIMESTAMPTZ)
        FROM jsonb_array_elements(events) WITH ORDINALITY AS e (value, n) ORDER BY e.n
        RETURNING 1
    )
    SELECT CAST((SELECT count(*) FROM audited) + (SELECT count(*) FROM published) AS INTEGER)
$$;

-- Moves every committed pending row into the logs, in pending-id order: a transaction that began after another
-- committed takes its pending ids later, so the feed and the chains keep that order. Returns how many rows moved.
-- Runs as the schema's owner: the application role may only insert pending rows (afterMigrate), so no one but the
-- sequencer can take one away before it is chained. Links are SHA-256 over previous hash || content hash, as
-- AuditChain verifies them (chain 2, per court, V15_1).
CREATE FUNCTION sequence_appends() RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    entry      RECORD;
    head_court TEXT := NULL; -- the court whose chain the loop is extending
    head_hash  TEXT;
    head_id    BIGINT;
    moved    INTEGER := 0;
    events   INTEGER;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_pending) AND NOT EXISTS (SELECT 1 FROM outbox_pending) THEN
        RETURN 0; -- nothing committed is waiting: no lock, no write
    END IF;
    PERFORM pg_advisory_xact_lock(7300001);
    -- After waiting, each statement below sees what the previous sequencer moved and what has committed since.
    FOR entry IN WITH taken AS (DELETE FROM audit_pending RETURNING *) SELECT * FROM taken ORDER BY court, id
    LOOP
        IF head_court IS DISTINCT FROM entry.court THEN
            IF head_court IS NOT NULL THEN
                UPDATE audit_chain_head SET entry_id = head_id, hash = head_hash WHERE court = head_court;
            END IF;
            head_court := entry.court;
            INSERT INTO audit_chain_head AS h (court, entry_id, hash) VALUES (head_court, 0, repeat('0', 64))
            ON CONFLICT (court) DO UPDATE SET entry_id = h.entry_id
            RETURNING h.hash INTO head_hash;
        END IF;
        INSERT INTO audit_entry (occurred_at, actor, roles, court, action, resource_type, resource_id, detail,
                                 previous_hash, hash, chain)
        VALUES (entry.occurred_at, entry.actor, entry.roles, entry.court, entry.action, entry.resource_type,
                entry.resource_id, entry.detail, head_hash,
                encode(sha256(convert_to(head_hash || entry.content_hash, 'UTF8')), 'hex'), 2)
        RETURNING id, hash INTO head_id, head_hash;
        moved := moved + 1;
    END LOOP;
    IF head_court IS NOT NULL THEN
        UPDATE audit_chain_head SET entry_id = head_id, hash = head_hash WHERE court = head_court;
    END IF;
    WITH taken AS (DELETE FROM outbox_pending RETURNING *)
    INSERT INTO outbox_event (event_id, type, court, case_id, aggregate_type, aggregate_id, payload, occurred_at)
    SELECT event_id, type, court, case_id, aggregate_type, aggregate_id, payload, occurred_at FROM taken ORDER BY id;
    GET DIAGNOSTICS events = ROW_COUNT;
    RETURN moved + events;
END $$;
