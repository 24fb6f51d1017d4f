package org.enforcement.commons.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for database failures that are nobody's fault in the request and go away on their own: the database is
 * unreachable, the connection pool is exhausted, a lock or a statement timed out, or a concurrent transaction won.
 * Clients get a 503 (or 409) problem with {@code Retry-After} instead of a 500, and the operators one WARN line.
 * Also the safety net for a value the request checks missed and PostgreSQL refused (SQLState class 22, "data
 * exception"): a 400, since the transaction rolled back and nothing was stored; the fix is a check upfront.
 * The JDBC exception is looked for along the whole cause chain, because Hibernate, Agroal and the transaction
 * manager wrap it (e.g. {@code JDBCConnectionException}, {@code RollbackException}).
 */
public final class DatabaseFaults {

    /** What kind of temporary failure it is, with the answer a client gets. */
    public enum Kind {
        /** The database cannot be reached or refuses connections (SQLState class 08, 53300, 57P01-57P03). */
        UNAVAILABLE(503, "database-unavailable", "Database unavailable",
                "The database cannot be reached right now. Retry later; if the request was a change, check"
                        + " first whether it was recorded (the connection may have broken during its commit) or"
                        + " repeat it with the same Idempotency-Key.", 10),
        /** The pool had no free connection in time, or a lock or statement timed out (55P03, 57014). */
        BUSY(503, "database-busy", "Database busy",
                "The database is too busy to answer in time (waiting for a connection or a lock); nothing was"
                        + " changed. Retry shortly.", 2),
        /** A concurrent transaction won: serialization failure or deadlock (40001, 40P01). */
        CONFLICT(409, "concurrent-change", "Concurrent change",
                "Another request changed the same data at the same time; nothing was changed. Retry.", 1),
        /**
         * The database refused a value of the request: too long (22001), a number or date out of its range (22003,
         * 22008), characters it cannot hold (22021, 22P05), text that is no valid number or date (22P02) or any
         * other data exception of class 22. Not temporary: retrying the same request fails again.
         */
        INVALID_VALUE(400, "invalid-value", "Invalid value",
                "A value in the request cannot be stored (too long, out of range, or with characters the database"
                        + " does not accept); nothing was stored. Check the values against the API contract.", 0);

        private final int status;
        private final String slug;
        private final String title;
        private final String detail;
        private final int retryAfterSeconds;

        Kind(int status, String slug, String title, String detail, int retryAfterSeconds) {
            this.status = status;
            this.slug = slug;
            this.title = title;
            this.detail = detail;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }

        /** The problem a client gets, with its {@code Retry-After} header if retrying can help. */
        public ProblemException problem() {
            var problem = new ProblemException(status, slug, title, detail);
            return retryAfterSeconds > 0 ? problem.withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                    : problem;
        }
    }

    /** A recognised fault: its kind, the SQLState (if any) and the driver's or pool's own message, for the log. */
    public record Fault(Kind kind, String sqlState, String cause) {
    }

    private DatabaseFaults() {
    }

    /** The temporary database fault somewhere in {@code failure}'s cause chain, if there is one. */
    public static Optional<Fault> of(Throwable failure) {
        // The SQLState says most: a pool timeout caused by a refused connection is an unavailable database.
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && byState(sql) != null) {
                return Optional.of(new Fault(byState(sql), sql.getSQLState(), firstLine(sql.getMessage())));
            }
        }
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLTransientConnectionException sql) {
                return Optional.of(new Fault(Kind.UNAVAILABLE, sql.getSQLState(), firstLine(sql.getMessage())));
            }
            // Agroal's pool exhaustion carries no SQLState: "Sorry, acquisition timeout!" and
            // "Acquisition timeout while waiting for new connection".
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return Optional.of(new Fault(Kind.BUSY, sql.getSQLState(), firstLine(sql.getMessage())));
            }
        }
        return Optional.empty();
    }

    static Kind byState(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        if (state.startsWith("08") && !"08P01".equals(state)) { // 08P01 is a protocol violation: a bug
            return Kind.UNAVAILABLE;
        }
        if (state.startsWith("22")) {
            return Kind.INVALID_VALUE;
        }
        return switch (state) {
            case "53300", "57P01", "57P02", "57P03" -> Kind.UNAVAILABLE;
            case "55P03", "57014" -> Kind.BUSY;
            case "40001", "40P01" -> Kind.CONFLICT;
            default -> null;
        };
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 32 && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
