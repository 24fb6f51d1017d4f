-- Live streams (执行直播) of operations: platforms and hosts, viewer counts per platform, live Q&A, and the FAQ base
-- answers may link to. Nothing is seeded.

CREATE TABLE live_stream (
    id              UUID PRIMARY KEY,
    operation_id    UUID         NOT NULL REFERENCES operation (id),
    title           VARCHAR(200) NOT NULL,
    scheduled_start TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('SCHEDULED', 'LIVE', 'ENDED')),
    started_at      TIMESTAMPTZ,
    ended_at        TIMESTAMPTZ,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CHECK (status = 'SCHEDULED' OR started_at IS NOT NULL),
    CHECK (status <> 'ENDED' OR (ended_at IS NOT NULL AND ended_at >= started_at))
);
CREATE INDEX live_stream_operation ON live_stream (operation_id, scheduled_start);

-- The platforms a stream is carried on at the same time; each platform once per stream.
CREATE TABLE live_stream_platform (
    stream_id   UUID         NOT NULL REFERENCES live_stream (id),
    seq         INTEGER      NOT NULL,
    platform    VARCHAR(32)  NOT NULL CHECK (platform IN ('TAOBAO_LIVE', 'DOUYIN', 'KUAISHOU', 'WEIBO',
                    'WECHAT_CHANNELS', 'BILIBILI', 'TOUTIAO', 'COURT_WEBSITE', 'NEWS_SITE',
                    'WECHAT_OFFICIAL_ACCOUNT', 'OTHER')),
    custom_name VARCHAR(100),
    PRIMARY KEY (stream_id, seq),
    UNIQUE (stream_id, platform),
    CHECK (platform <> 'OTHER' OR custom_name IS NOT NULL)
);

-- Who speaks on the stream ("记者 + 一线法官"), as shown to viewers.
CREATE TABLE live_stream_host (
    stream_id UUID         NOT NULL REFERENCES live_stream (id),
    seq       INTEGER      NOT NULL,
    name      VARCHAR(100) NOT NULL,
    role      VARCHAR(32)  NOT NULL CHECK (role IN ('REPORTER', 'COMMENTATING_JUDGE', 'HOST')),
    PRIMARY KEY (stream_id, seq)
);

-- Viewer counts as read off each platform. Cumulative views never decrease over observed_at per platform.
CREATE TABLE viewer_snapshot (
    id                 UUID PRIMARY KEY,
    stream_id          UUID         NOT NULL REFERENCES live_stream (id),
    platform           VARCHAR(32)  NOT NULL,
    observed_at        TIMESTAMPTZ  NOT NULL,
    current_viewers    BIGINT       NOT NULL CHECK (current_viewers >= 0),
    peak_viewers       BIGINT CHECK (peak_viewers >= current_viewers),
    cumulative_viewers BIGINT       NOT NULL CHECK (cumulative_viewers >= 0),
    recorded_by        VARCHAR(200) NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX viewer_snapshot_stream ON viewer_snapshot (stream_id, platform, observed_at);
CREATE TRIGGER viewer_snapshot_append_only BEFORE UPDATE OR DELETE ON viewer_snapshot
    FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Questions and answers judges reuse on streams and publish (shared by all courts; court = the author's).
CREATE TABLE faq_entry (
    id          UUID PRIMARY KEY,
    court       VARCHAR(32)   NOT NULL,
    question    VARCHAR(500)  NOT NULL,
    answer      VARCHAR(4000) NOT NULL,
    legal_basis VARCHAR(300),
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX faq_entry_created ON faq_entry (created_at);

CREATE TABLE faq_tag (
    entry_id UUID        NOT NULL REFERENCES faq_entry (id),
    seq      INTEGER     NOT NULL,
    tag      VARCHAR(32) NOT NULL,
    PRIMARY KEY (entry_id, seq)
);

-- Viewers' questions during a stream. question_text and asked_by are kept as typed, for internal roles only;
-- public_text is a moderator's rewording for the public. Everything shown publicly is scrubbed on the way out.
CREATE TABLE stream_question (
    id              UUID PRIMARY KEY,
    stream_id       UUID          NOT NULL REFERENCES live_stream (id),
    seq             INTEGER       NOT NULL,
    platform        VARCHAR(32)   NOT NULL,
    asked_by        VARCHAR(64)   NOT NULL,
    question_text   VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'ANSWERED')),
    submitted_by    VARCHAR(200)  NOT NULL,
    submitted_at    TIMESTAMPTZ   NOT NULL,
    public_text     VARCHAR(1000),
    moderation_note VARCHAR(1000),
    moderated_by    VARCHAR(200),
    moderated_at    TIMESTAMPTZ,
    answer          VARCHAR(4000),
    faq_entry_id    UUID REFERENCES faq_entry (id),
    answered_by     VARCHAR(200),
    answered_at     TIMESTAMPTZ,
    version         BIGINT        NOT NULL,
    UNIQUE (stream_id, seq),
    CHECK (status <> 'ANSWERED' OR (answer IS NOT NULL AND answered_at IS NOT NULL))
);
CREATE INDEX stream_question_status ON stream_question (stream_id, status, seq);
