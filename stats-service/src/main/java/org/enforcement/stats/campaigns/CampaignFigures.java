package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.metrics.Metrics;

/**
 * A campaign's figures: the pre-aggregated {@code daily_metric} rows carrying its code from its participating
 * courts (the organizing court included), summed in one grouped query. Rows of other courts never count.
 */
@ApplicationScoped
public class CampaignFigures {

    /** Per ended stream, {@code streams_platforms_<p>} counts it with the number of platforms it was carried on. */
    static final String STREAMS_PLATFORMS_PREFIX = "streams_platforms_";

    /** The sum of one metric on one day over the campaign's courts. */
    public record DayValue(LocalDate day, String metric, BigDecimal value) {
    }

    @Inject
    EntityManager em;

    /**
     * Sums per day and metric between {@code from} and {@code to} inclusive, of {@code metrics} and, when
     * {@code platformStreams}, of every {@code streams_platforms_<p>}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayValue> dailySums(CampaignKey campaign, LocalDate from, LocalDate to, Collection<String> metrics,
                                    boolean platformStreams) {
        String sql = "SELECT m.day, m.metric, SUM(m.value) FROM daily_metric m"
                + " JOIN campaign_court c ON c.campaign_code = m.campaign_code AND c.court = m.court"
                + " AND c.organizing_court = ?5"
                + " WHERE m.campaign_code = ?1 AND m.day BETWEEN ?2 AND ?3"
                + " AND (m.metric = ANY (string_to_array(?4, ','))"
                + (platformStreams ? " OR m.metric LIKE 'streams\\_platforms\\_%'" : "") + ")"
                + " GROUP BY m.day, m.metric ORDER BY m.day, m.metric";
        List<Object[]> rows = rows(sql, campaign, from, to, metrics);
        List<DayValue> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            values.add(new DayValue(day(row[0]), (String) row[1], (BigDecimal) row[2]));
        }
        return values;
    }

    /** Sums per participating court and metric between {@code from} and {@code to} inclusive. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Map<String, BigDecimal>> courtSums(CampaignKey campaign, LocalDate from, LocalDate to,
                                                          Collection<String> metrics) {
        String sql = "SELECT m.court, m.metric, SUM(m.value) FROM daily_metric m"
                + " JOIN campaign_court c ON c.campaign_code = m.campaign_code AND c.court = m.court"
                + " AND c.organizing_court = ?5"
                + " WHERE m.campaign_code = ?1 AND m.day BETWEEN ?2 AND ?3"
                + " AND m.metric = ANY (string_to_array(?4, ','))"
                + " GROUP BY m.court, m.metric";
        Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
        for (Object[] row : rows(sql, campaign, from, to, metrics)) {
            sums.computeIfAbsent((String) row[0], court -> new HashMap<>()).put((String) row[1], (BigDecimal) row[2]);
        }
        return sums;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, CampaignKey campaign, LocalDate from, LocalDate to,
                                Collection<String> metrics) {
        // Metric names never contain commas (see Metrics), so one text parameter carries the list.
        return em.createNativeQuery(sql)
                .setParameter(1, campaign.code)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, String.join(",", metrics))
                .setParameter(5, campaign.organizingCourt)
                .getResultList();
    }

    /** The platform count of a {@code streams_platforms_<p>} metric, or -1 for any other metric. */
    static int platforms(String metric) {
        if (!metric.startsWith(STREAMS_PLATFORMS_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(metric.substring(STREAMS_PLATFORMS_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Amounts of money with two decimals, counts whole (as GET /api/metrics shows them). */
    static BigDecimal shown(String metric, BigDecimal value) {
        return Metrics.MONEY.contains(metric) ? value.setScale(2, RoundingMode.HALF_UP)
                : value.setScale(0, RoundingMode.HALF_UP);
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
