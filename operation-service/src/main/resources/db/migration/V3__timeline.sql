-- The timeline (执行记录): timestamped, append-only, hash-chained per operation.

CREATE TABLE timeline_entry (
    id            BIGSERIAL PRIMARY KEY,
    entry_id      UUID         NOT NULL UNIQUE,
    operation_id  UUID         NOT NULL REFERENCES operation (id),
    target_id     UUID REFERENCES target (id),
    team_id       UUID REFERENCES team (id),
    type          VARCHAR(40)  NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    details       JSONB        NOT NULL,
    previous_hash VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL
);
CREATE INDEX timeline_entry_operation ON timeline_entry (operation_id, id);
CREATE INDEX timeline_entry_target ON timeline_entry (target_id, id);
CREATE TRIGGER timeline_entry_append_only BEFORE UPDATE OR DELETE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
