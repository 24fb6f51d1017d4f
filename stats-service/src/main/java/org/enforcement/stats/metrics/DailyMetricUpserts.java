package org.enforcement.stats.metrics;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Deltas summed per row of {@code daily_metric} and of {@code daily_metric_all_courts}, written as one multi-row
 * upsert per table ({@code unnest} of arrays): a page of events costs two statements, however many rows it touches.
 * A row is written once per statement (an upsert may not touch a row twice), and the rows go in one fixed order, so
 * two transactions adding to the same rows (a page and a dead-letter retry) wait for each other, never deadlock.
 * The sums are exact (BigDecimal, amounts arrive with at most two decimals: {@link FeedPayloads}).
 */
final class DailyMetricUpserts {

    /** A row: {@code court} is "" in the all-court sums. */
    record Cell(String campaign, LocalDate day, String metric, String court) {
    }

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::campaign).thenComparing(Cell::day)
            .thenComparing(Cell::metric).thenComparing(Cell::court);

    private static final String PER_COURT = "INSERT INTO daily_metric (court, campaign_code, day, metric, value, feed)"
            + " SELECT d.court, d.campaign, CAST(d.day AS date), d.metric, CAST(d.value AS numeric), ?"
            + " FROM unnest(?, ?, ?, ?, ?) AS d(court, campaign, day, metric, value)"
            + " ON CONFLICT (court, campaign_code, day, metric, feed)"
            + " DO UPDATE SET value = daily_metric.value + EXCLUDED.value";

    private static final String ALL_COURTS = "INSERT INTO daily_metric_all_courts (campaign_code, day, metric,"
            + " value, feed)"
            + " SELECT d.campaign, CAST(d.day AS date), d.metric, CAST(d.value AS numeric), ?"
            + " FROM unnest(?, ?, ?, ?) AS d(campaign, day, metric, value)"
            + " ON CONFLICT (campaign_code, day, metric, feed)"
            + " DO UPDATE SET value = daily_metric_all_courts.value + EXCLUDED.value";

    private final List<Map.Entry<Cell, BigDecimal>> perCourt;
    private final List<Map.Entry<Cell, BigDecimal>> allCourts;

    private DailyMetricUpserts(List<Map.Entry<Cell, BigDecimal>> perCourt,
                               List<Map.Entry<Cell, BigDecimal>> allCourts) {
        this.perCourt = perCourt;
        this.allCourts = allCourts;
    }

    static DailyMetricUpserts of(Collection<MetricProjector.Delta> deltas) {
        // Summed in hash maps, then sorted once (a sorted map compares on every delta).
        Map<Cell, BigDecimal> perCourt = new HashMap<>(deltas.size() * 2);
        Map<Cell, BigDecimal> allCourts = new HashMap<>(deltas.size());
        for (MetricProjector.Delta d : deltas) {
            String campaign = d.campaign() == null ? "" : d.campaign();
            perCourt.merge(new Cell(campaign, d.day(), d.metric(), d.court()), d.value(), BigDecimal::add);
            allCourts.merge(new Cell(campaign, d.day(), d.metric(), ""), d.value(), BigDecimal::add);
        }
        return new DailyMetricUpserts(sorted(perCourt), sorted(allCourts));
    }

    private static List<Map.Entry<Cell, BigDecimal>> sorted(Map<Cell, BigDecimal> cells) {
        List<Map.Entry<Cell, BigDecimal>> rows = new ArrayList<>(cells.entrySet());
        rows.sort(Map.Entry.comparingByKey(ORDER));
        return rows;
    }

    /** Both upserts, on the caller's connection (its transaction). */
    void write(Connection connection, String feed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PER_COURT)) {
            statement.setString(1, feed);
            statement.setArray(2, texts(connection, perCourt, Cell::court));
            bindCells(connection, statement, 3, perCourt);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(ALL_COURTS)) {
            statement.setString(1, feed);
            bindCells(connection, statement, 2, allCourts);
            statement.executeUpdate();
        }
    }

    private static void bindCells(Connection connection, PreparedStatement statement, int first,
                                  List<Map.Entry<Cell, BigDecimal>> cells) throws SQLException {
        statement.setArray(first, texts(connection, cells, Cell::campaign));
        statement.setArray(first + 1, texts(connection, cells, c -> c.day().toString()));
        statement.setArray(first + 2, texts(connection, cells, Cell::metric));
        String[] values = new String[cells.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = cells.get(i).getValue().toPlainString();
        }
        statement.setArray(first + 3, connection.createArrayOf("text", values));
    }

    private static Array texts(Connection connection, List<Map.Entry<Cell, BigDecimal>> cells,
                               Function<Cell, String> column) throws SQLException {
        String[] texts = new String[cells.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = column.apply(cells.get(i).getKey());
        }
        return connection.createArrayOf("text", texts);
    }
}
