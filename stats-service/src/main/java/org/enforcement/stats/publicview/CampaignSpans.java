package org.enforcement.stats.publicview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Over which days a published campaign has figures in {@code daily_metric}. Read only.
 *
 * <p>It does not read a campaign's rows one by one: they walk the index daily_metric_campaign_court
 * (campaign_code, court, day) INCLUDE (metric, value). The courts of a campaign are found by skipping from one to
 * the next (a recursive query, as PostgreSQL has no skip scan), and each court's first and last day with a figure
 * other than zero is the first such entry from either end of its part of the index. A campaign of 300 courts and a
 * third of a million rows answers in a few milliseconds instead of reading them all (see BENCHMARK.md).
 */
@ApplicationScoped
public class CampaignSpans {

    /** The most campaigns the public list shows. */
    static final int MAX_CAMPAIGNS = 500;

    /**
     * Per court (in {@code courts(court)}): its first and last day with a figure of the campaign between
     * {@code :startsOn} and {@code :endsOn}; summed up.
     */
    private static final String SPAN_OF_COURTS = " SELECT MIN(s.first), MAX(s.last), COUNT(s.first) FROM ("
            + " SELECT (SELECT MIN(m.day) FROM daily_metric m WHERE m.campaign_code = :campaign"
            + " AND m.court = k.court AND m.day BETWEEN :startsOn AND :endsOn AND m.value <> 0) AS first,"
            + " (SELECT MAX(m.day) FROM daily_metric m WHERE m.campaign_code = :campaign"
            + " AND m.court = k.court AND m.day BETWEEN :startsOn AND :endsOn AND m.value <> 0) AS last"
            + " FROM courts k WHERE k.court IS NOT NULL) s";

    /** Bounds that leave no day out (PostgreSQL dates reach from 4713 BC to 5874897 AD). */
    private static final LocalDate ANY_START = LocalDate.of(1, 1, 1);
    private static final LocalDate ANY_END = LocalDate.of(9999, 12, 31);

    /** The first and last day with a figure of a campaign, and how many courts contributed. */
    public record Span(LocalDate first, LocalDate last, int courts) {
    }

    @Inject
    EntityManager em;

    /**
     * The span of a published campaign: only the rows of its attributed courts between its first and last day
     * count (a payment dated before the campaign is not the campaign's work, even if the case carries its code).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Span> span(String campaign, Collection<String> courts, LocalDate startsOn, LocalDate endsOn) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(courts));
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder values = new StringBuilder("WITH courts(court) AS (VALUES ");
        for (int i = 0; i < distinct.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(CAST(:c").append(i).append(" AS varchar))");
        }
        values.append(")");
        Query query = em.createNativeQuery(values + SPAN_OF_COURTS).setParameter("campaign", campaign)
                .setParameter("startsOn", startsOn).setParameter("endsOn", endsOn);
        for (int i = 0; i < distinct.size(); i++) {
            query.setParameter("c" + i, distinct.get(i));
        }
        return span((Object[]) query.getSingleResult());
    }

    private static Optional<Span> span(Object[] row) {
        if (row[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Span(day(row[0]), day(row[1]), ((Number) row[2]).intValue()));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
