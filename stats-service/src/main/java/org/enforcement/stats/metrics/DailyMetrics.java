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

/** The {@code daily_metric} table: deltas added in, sums read out. */
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
     * (inside the caller's transaction); the cached public figures are dropped when it commits. Reads sum over
     * the feeds; the feed only tells which rows a rebuild of one feed removes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String feed, String court, String campaign, LocalDate day, String metric, BigDecimal delta) {
        em.createNativeQuery("INSERT INTO daily_metric (court, campaign_code, day, metric, value, feed)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " ON CONFLICT (court, campaign_code, day, metric, feed)"
                        + " DO UPDATE SET value = daily_metric.value + EXCLUDED.value")
                .setParameter(1, court)
                .setParameter(2, campaign == null ? "" : campaign)
                .setParameter(3, day)
                .setParameter(4, metric)
                .setParameter(5, delta)
                .setParameter(6, feed)
                .executeUpdate();
        changed.fire(new DailyFiguresChanged());
    }

    /** Removes every figure {@code feed} contributed (a rebuild of that feed, inside the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeFeed(String feed) {
        int removed = em.createNativeQuery("DELETE FROM daily_metric WHERE feed = ?1").setParameter(1, feed)
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
        Query query = em.createNativeQuery("SELECT DISTINCT court FROM daily_metric WHERE day BETWEEN :from AND :to"
                        + (campaign == null ? "" : " AND campaign_code = :campaign"))
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
        StringBuilder sql = new StringBuilder("SELECT day, metric, SUM(value) FROM daily_metric"
                + " WHERE day BETWEEN :from AND :to");
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
