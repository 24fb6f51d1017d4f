package org.enforcement.commons.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Conversions of values read through native queries, whose JDBC types vary by driver setting. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
