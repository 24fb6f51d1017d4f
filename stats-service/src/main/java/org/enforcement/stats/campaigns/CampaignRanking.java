package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Courts;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;

/**
 * A campaign's participating courts ranked by a metric or KPI over its rows: highest first, competition ranking
 * (1, 1, 3), courts without a value last, and the campaign's total.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignRanking {

    /** KPIs a ranking may use besides the metrics, with the metrics they are computed from. */
    static final Map<String, List<String>> RANKING_KPIS = Map.of(
            "conclusionRate", List.of(Metrics.CASES_CONCLUDED, Metrics.CASES_FILED),
            "actualCollectionRate", List.of(Metrics.COLLECTED, Metrics.OWED_FILED));
    private static final Map<String, Function<MetricsReport.Kpis, BigDecimal>> KPI_VALUES = Map.of(
            "conclusionRate", MetricsReport.Kpis::conclusionRate,
            "actualCollectionRate", MetricsReport.Kpis::actualCollectionRate);

    /** The longest range a ranking may cover (as for GET /api/metrics). */
    static final long MAX_RANKING_DAYS = 3660;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignFigures figures;

    @Inject
    Courts courts;

    /** {@code from}/{@code to} null: the campaign's own dates. The metric as checked by {@link #rankedBy}. */
    public CampaignRankingResponse ranking(String code, String organiser, String metric, LocalDate from,
                                           LocalDate to) {
        return ranking(access.find(code, organiser), metric, from, to);
    }

    /** The ranking of a published campaign's courts over its own dates whoever asks; empty when none. */
    public Optional<CampaignRankingResponse> publishedRanking(String code, String organiser, String metric) {
        return access.published(code, organiser).map(c -> ranking(c, metric, null, null));
    }

    /** The {@code metric} query value a ranking may use; 400 naming the allowed ones otherwise. */
    public static String rankedBy(String metric) {
        String name = metric == null ? "" : QueryParams.checked("metric", metric);
        if (!rankable(name)) {
            List<String> allowed = new ArrayList<>(Metrics.SUMMED);
            allowed.addAll(RANKING_KPIS.keySet().stream().sorted().toList());
            throw QueryParams.invalid("metric", "must be one of " + String.join(", ", allowed)
                    + ", or a member of a family such as measures_carried_out_AUCTION");
        }
        return name;
    }

    static boolean rankable(String metric) {
        return Metrics.isSummed(metric) || RANKING_KPIS.containsKey(metric);
    }

    private CampaignRankingResponse ranking(Campaign c, String metric, LocalDate from, LocalDate to) {
        LocalDate first = from == null ? c.startsOn : from;
        LocalDate last = to == null ? c.endsOn : to;
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_RANKING_DAYS) {
            throw ProblemException.invalidField("to", "the range may cover at most " + MAX_RANKING_DAYS + " days");
        }
        List<String> needed = RANKING_KPIS.getOrDefault(metric, List.of(metric));
        Map<String, Map<String, BigDecimal>> sums = figures.courtSums(c.key(), first, last, needed);
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (String court : c.participatingCourts) {
            Map<String, BigDecimal> own = sums.getOrDefault(court, Map.of());
            own.forEach((m, v) -> totals.merge(m, v, BigDecimal::add));
            values.put(court, value(metric, own));
        }
        List<String> order = new ArrayList<>(c.participatingCourts);
        Comparator<String> byValue = Comparator.comparing(values::get,
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
        order.sort(byValue.thenComparing(Comparator.naturalOrder()));
        List<CampaignRankingResponse.CourtRank> ranks = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String court = order.get(i);
            int rank = i > 0 && byValue.compare(order.get(i - 1), court) == 0 ? ranks.get(i - 1).rank() : i + 1;
            ranks.add(new CampaignRankingResponse.CourtRank(rank, court, courts.nameOf(court), values.get(court)));
        }
        return new CampaignRankingResponse(c.code, metric, first, last, ranks, value(metric, totals));
    }

    private static BigDecimal value(String metric, Map<String, BigDecimal> sums) {
        Function<MetricsReport.Kpis, BigDecimal> kpi = KPI_VALUES.get(metric);
        if (kpi != null) {
            return kpi.apply(MetricsService.kpisOf(sums));
        }
        return CampaignFigures.shown(metric, sums.getOrDefault(metric, BigDecimal.ZERO));
    }
}
