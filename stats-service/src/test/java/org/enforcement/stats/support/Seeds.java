package org.enforcement.stats.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.enforcement.stats.metrics.DailyMetrics;

/** Puts daily metrics straight into the table, each in its own committed transaction. */
@ApplicationScoped
public class Seeds {

    @Inject
    DailyMetrics daily;

    public void put(String court, String campaign, String day, String metric, String value) {
        QuarkusTransaction.requiringNew().run(() -> daily.add("case", court, campaign, LocalDate.parse(day), metric,
                new BigDecimal(value)));
    }

    /** A campaign code no other test uses: public figures sum a campaign over every court. */
    public static String freshCampaign(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
