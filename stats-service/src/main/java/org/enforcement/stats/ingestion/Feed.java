package org.enforcement.stats.ingestion;

/** The event feeds stats-service reads, each with the advisory-lock key that lets one replica apply it at a time. */
public enum Feed {
    CASE("case", 0x5717_0001L),
    OPERATION("operation", 0x5717_0002L);

    private final String key;
    private final long lockKey;

    Feed(String key, long lockKey) {
        this.key = key;
        this.lockKey = lockKey;
    }

    /** The feed's name in {@code feed_cursor} and {@code applied_event}. */
    public String key() {
        return key;
    }

    /** The {@code pg_try_advisory_xact_lock} key taken while a page of this feed is applied. */
    public long lockKey() {
        return lockKey;
    }
}
