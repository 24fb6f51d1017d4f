package org.enforcement.stats.publicview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Which campaigns have figures in {@code daily_metric}, and over which days. Read only. */
@ApplicationScoped
public class CampaignSpans {

    /** The most campaigns the dashboard lists. */
    static final int MAX_CAMPAIGNS = 500;

    /** The first and last day with a figure of a campaign, and how many courts contributed. */
    public record Span(LocalDate first, LocalDate last, int courts) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Span> span(String campaign) {
        return span((Object[]) em.createNativeQuery("SELECT MIN(day), MAX(day), COUNT(DISTINCT court)"
                        + " FROM daily_metric WHERE campaign_code = ?1 AND value <> 0")
                .setParameter(1, campaign)
                .getSingleResult());
    }

    /**
     * The span of a registered campaign: only the rows of its attributed courts between its first and last day
     * count (a payment dated before the campaign is not the campaign's work, even if the case carries its code).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Span> span(String campaign, Collection<String> courts, LocalDate startsOn, LocalDate endsOn) {
        return span((Object[]) em.createNativeQuery("SELECT MIN(day), MAX(day), COUNT(DISTINCT court)"
                        + " FROM daily_metric WHERE campaign_code = :campaign AND court IN (:courts)"
                        + " AND day BETWEEN :startsOn AND :endsOn AND value <> 0")
                .setParameter("campaign", campaign)
                .setParameter("courts", courts)
                .setParameter("startsOn", startsOn)
                .setParameter("endsOn", endsOn)
                .getSingleResult());
    }

    private static Optional<Span> span(Object[] row) {
        if (row[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Span(day(row[0]), day(row[1]), ((Number) row[2]).intValue()));
    }

    /** Campaign codes with at least one figure other than zero, sorted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> campaigns() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT campaign_code FROM daily_metric"
                        + " WHERE campaign_code <> '' AND value <> 0 GROUP BY campaign_code ORDER BY campaign_code")
                .setMaxResults(MAX_CAMPAIGNS)
                .getResultList();
        return codes;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
