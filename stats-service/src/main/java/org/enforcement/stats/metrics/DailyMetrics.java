package org.enforcement.stats.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * The {@code daily_metric} table and its sums over every court ({@code daily_metric_all_courts}): deltas added in,
 * sums read out.
 */
@ApplicationScoped
public class DailyMetrics {

    /** The sum of one metric on one day. */
    public record DayValue(LocalDate day, String metric, BigDecimal value) {
    }

    @Inject
    EntityManager em;

    /** Heard by the public figures' caches, which empty themselves when the transaction commits. */
    @Inject
    Event<DailyFiguresChanged> changed;

    /**
     * Adds {@code delta} to the metric's value of that court, campaign and day as contributed by {@code feed}
     * (inside the caller's transaction): {@link #add(String, Collection)} of one delta.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String feed, String court, String campaign, LocalDate day, String metric, BigDecimal delta) {
        add(feed, List.of(new MetricProjector.Delta(court, campaign == null ? "" : campaign, day, metric, delta)));
    }

    /**
     * Adds the deltas to daily_metric as contributed by {@code feed}, and to the all-court sums, inside the
     * caller's transaction: summed in memory per row, then one statement per table for all of them. The cached
     * public figures are dropped when it commits. Reads sum over the feeds; the feed only tells which rows a
     * rebuild of one feed removes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String feed, Collection<MetricProjector.Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        DailyMetricUpserts upserts = DailyMetricUpserts.of(deltas);
        em.unwrap(Session.class).doWork(connection -> upserts.write(connection, feed));
        changed.fire(new DailyFiguresChanged());
    }

    /**
     * Deltas summed per row ahead of the transaction that writes them (a page read ahead while the one before it
     * is applied): the summing is then off the path that waits for the database.
     */
    public static final class Sums {
        private final DailyMetricUpserts upserts;
        private final boolean empty;

        private Sums(Collection<MetricProjector.Delta> deltas) {
            this.upserts = DailyMetricUpserts.of(deltas);
            this.empty = deltas.isEmpty();
        }
    }

    /** The deltas summed per row, to {@link #add(String, Sums)} later; touches no database. */
    public static Sums sum(Collection<MetricProjector.Delta> deltas) {
        return new Sums(deltas);
    }

    /** {@link #add(String, Collection)} of deltas summed beforehand. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String feed, Sums sums) {
        if (sums.empty) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> sums.upserts.write(connection, feed));
        changed.fire(new DailyFiguresChanged());
    }

    /** Removes every figure {@code feed} contributed (a rebuild of that feed, inside the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeFeed(String feed) {
        int removed = em.createNativeQuery("DELETE FROM daily_metric WHERE feed = ?1").setParameter(1, feed)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM daily_metric_all_courts WHERE feed = ?1").setParameter(1, feed)
                .executeUpdate();
        changed.fire(new DailyFiguresChanged());
        return removed;
    }

    /**
     * Sums per day and metric between {@code from} and {@code to} inclusive, for a court ({@code null}: every court)
     * and campaign ({@code null}: every campaign and none).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayValue> sums(String court, String campaign, LocalDate from, LocalDate to) {
        return sums(court, null, campaign, from, to);
    }

    /** The same over the rows of a campaign's attributed courts only (its organizing and participating courts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayValue> sumsOfCourts(Collection<String> courts, String campaign, LocalDate from, LocalDate to) {
        return sums(null, courts, campaign, from, to);
    }

    /** The courts with any figure between {@code from} and {@code to} (of {@code campaign} when given). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> courtsWithFigures(String campaign, LocalDate from, LocalDate to) {
        // Court by court (a loose scan of daily_metric_court_day: the next court after the last, then whether it
        // has a row in the range), a few hundred probes instead of every row of the range (V16).
        Query query = em.createNativeQuery("WITH RECURSIVE c(court) AS (SELECT MIN(court) FROM daily_metric"
                        + " UNION ALL SELECT (SELECT MIN(m.court) FROM daily_metric m WHERE m.court > c.court)"
                        + " FROM c WHERE c.court IS NOT NULL)"
                        + " SELECT c.court FROM c WHERE c.court IS NOT NULL AND EXISTS (SELECT 1 FROM daily_metric m"
                        + " WHERE m.court = c.court AND m.day BETWEEN :from AND :to"
                        + (campaign == null ? "" : " AND m.campaign_code = :campaign") + ")")
                .setParameter("from", from).setParameter("to", to);
        if (campaign != null) {
            query.setParameter("campaign", campaign);
        }
        @SuppressWarnings("unchecked")
        List<String> courts = query.getResultList();
        return courts;
    }

    private List<DayValue> sums(String court, Collection<String> courts, String campaign, LocalDate from,
                                LocalDate to) {
        // Every court: their sums kept per campaign and day (V15), not millions of rows of single courts.
        boolean allCourts = court == null && courts == null;
        StringBuilder sql = new StringBuilder("SELECT day, metric, SUM(value) FROM "
                + (allCourts ? "daily_metric_all_courts" : "daily_metric") + " WHERE day BETWEEN :from AND :to");
        if (court != null) {
            sql.append(" AND court = :court");
        }
        if (courts != null) {
            sql.append(" AND court IN (:courts)");
        }
        if (campaign != null) {
            sql.append(" AND campaign_code = :campaign");
        }
        sql.append(" GROUP BY day, metric ORDER BY day, metric");
        // Named parameters: ordinal ones may not leave a gap when only the campaign is given.
        Query query = em.createNativeQuery(sql.toString()).setParameter("from", from).setParameter("to", to);
        if (court != null) {
            query.setParameter("court", court);
        }
        if (courts != null) {
            query.setParameter("courts", courts);
        }
        if (campaign != null) {
            query.setParameter("campaign", campaign);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DayValue> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            values.add(new DayValue(day, (String) row[1], (BigDecimal) row[2]));
        }
        return values;
    }
}
