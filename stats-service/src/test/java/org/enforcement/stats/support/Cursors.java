package org.enforcement.stats.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Reads and moves the feed cursors in SQL, as an operator would to replay a feed. */
@ApplicationScoped
public class Cursors {

    @Inject
    AgroalDataSource dataSource;

    /** Moves the cursor as an operator would: the event there is then unknown, a divergence forgotten. */
    public void set(String feed, long lastEventId) {
        update(dataSource, "UPDATE feed_cursor SET last_event_id = " + lastEventId + ", last_error = NULL,"
                + " cursor_event_uuid = NULL, diverged_at = NULL, diverged_reason = NULL WHERE feed = '" + feed + "'");
    }

    public Map<String, Object> row(String feed) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT * FROM feed_cursor WHERE feed = ?")) {
            statement.setString(1, feed);
            var rs = statement.executeQuery();
            rs.next();
            Map<String, Object> row = new HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long cursor(String feed) {
        return ((Number) row(feed).get("last_event_id")).longValue();
    }

    public String error(String feed) {
        return (String) row(feed).get("last_error");
    }

    public long count(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var rs = statement.executeQuery(sql);
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of a gauge of one feed in the Prometheus text of {@code /q/metrics}, null when absent. */
    public static Double gauge(String prometheus, String name, String feed) {
        var matcher = java.util.regex.Pattern.compile("(?m)^" + name + "\\{feed=\"" + feed + "\",?\\} (\\S+)$")
                .matcher(prometheus);
        return matcher.find() ? Double.valueOf(matcher.group(1)) : null;
    }

    /** Runs SQL (rows only) as the service's role would. */
    public void execute(String sql) {
        update(dataSource, sql);
    }

    /** Runs DDL (a failing database, with a trigger) as the schema's owner: the service's role may not. */
    public void executeAsOwner(String sql) {
        update(TestDatabase.ownerDataSource(), sql);
    }

    private static void update(DataSource source, String sql) {
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
