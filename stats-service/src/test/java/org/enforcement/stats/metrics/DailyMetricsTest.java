package org.enforcement.stats.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** The daily_metric sums for every combination of court and campaign filters. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class DailyMetricsTest {

    @Inject
    DailyMetrics daily;

    @Test
    void shouldSumByCourtAndCampaignInEveryCombination() {
        Court court = Court.fresh();
        Court other = Court.fresh();
        String campaign = "专项-" + court.code();
        LocalDate day = LocalDate.parse("2022-06-01");
        QuarkusTransaction.requiringNew().run(() -> {
            daily.add("case", court.code(), campaign, day, Metrics.COLLECTED, new BigDecimal("100.10"));
            daily.add("case", court.code(), "", day, Metrics.COLLECTED, new BigDecimal("0.20"));
            daily.add("case", other.code(), campaign, day, Metrics.COLLECTED, new BigDecimal("5.05"));
        });

        assertThat(sum(court.code(), null, day)).isEqualTo(new BigDecimal("100.30"));
        assertThat(sum(court.code(), campaign, day)).isEqualTo(new BigDecimal("100.10"));
        // A campaign over every court (an integrator of court *): 100.10 + 5.05.
        assertThat(sum(null, campaign, day)).isEqualTo(new BigDecimal("105.15"));
        assertThat(sum(null, null, day)).isGreaterThanOrEqualTo(new BigDecimal("105.35"));
    }

    BigDecimal sum(String court, String campaign, LocalDate day) {
        return daily.sums(court, campaign, day, day).stream().filter(v -> v.metric().equals(Metrics.COLLECTED))
                .map(DailyMetrics.DayValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
