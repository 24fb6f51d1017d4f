package org.enforcement.stats.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V5 attributes the figures stored before it to a feed by metric name: every metric the projector makes of an
 * operation-service event must land on 'operation', every other on 'case'. Migrated in a schema of its own.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class FeedAttributionMigrationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMA = "v5_attribution";

    @Inject
    MetricProjector projector;

    static FeedEvent event(String type, Map<String, Object> payload) {
        return new FeedEvent(1, UUID.randomUUID(), type, "甘", null, null, null, JSON.valueToTree(payload),
                Instant.parse("2023-08-04T02:00:00Z"));
    }

    /** Every metric each feed's events produce. */
    Map<String, String> feedOfMetric() {
        Map<String, List<FeedEvent>> feeds = new LinkedHashMap<>();
        feeds.put("case", List.of(event("CaseFiled", Map.of("owed", 10)),
                event("CaseConcluded", Map.of("conclusionType", "TERMINATED_THIS_ROUND", "daysToConclude", 3)),
                event("CaseResumed", Map.of()), event("PaymentRecorded", Map.of("amount", 5)),
                event("DisbursementApproved", Map.of("amount", 5)),
                event("SettlementSigned", Map.of("total", 5)), event("InstallmentMissed", Map.of()),
                event("MeasureOrdered", Map.of())));
        feeds.put("operation", List.of(
                event("OperationClosed", Map.of("officersDeployed", 5, "targets", 3, "witnesses", 2)),
                event("TargetOutcome", Map.of("type", "DEBTOR_FOUND")),
                event("TargetOutcome", Map.of("type", "SUMMONED")),
                event("TargetOutcome", Map.of("type", "DETAINED")),
                event("TargetOutcome", Map.of("type", "PAID_ON_SITE", "amount", 5)),
                event("TargetOutcome", Map.of("type", "SETTLEMENT_REACHED")),
                event("StreamEnded", Map.of("platformCount", 12, "cumulativeViewersTotal", 9,
                        "viewersByPlatform", Map.of("DOUYIN", 9), "questionsAnswered", 1))));
        Map<String, String> feedOf = new HashMap<>();
        feeds.forEach((feed, events) -> events.forEach(e -> projector.deltas(e)
                .forEach(d -> assertThat(feedOf.put(d.metric(), feed)).isIn(null, feed))));
        return feedOf;
    }

    @Test
    void shouldAttributeEveryExistingFigureToTheFeedThatProducesItsMetric() throws SQLException, IOException {
        Map<String, String> feedOf = feedOfMetric();
        assertThat(feedOf.values()).contains("case", "operation");
        DataSource owner = TestDatabase.ownerDataSource(); // a schema of its own: the owner creates it
        Flyway flyway = Flyway.configure().dataSource(owner).schemas(SCHEMA).locations("db/migration")
                .cleanDisabled(false).target("4").load();
        flyway.clean();
        flyway.migrate();
        try (var connection = owner.getConnection();
             var insert = connection.prepareStatement("INSERT INTO " + SCHEMA + ".daily_metric"
                     + " (court, campaign_code, day, metric, value) VALUES ('甘', '', DATE '2023-08-04', ?, 1)")) {
            for (String metric : feedOf.keySet()) {
                // Stored as named then: V13 renamed the sum of platforms per stream.
                insert.setString(1, metric.equals(Metrics.STREAM_PLATFORMS) ? "platforms" : metric);
                insert.executeUpdate();
            }
        }

        Flyway.configure().dataSource(owner).schemas(SCHEMA).locations("db/migration").target("5").load()
                .migrate();

        Map<String, String> attributed = new HashMap<>();
        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            // V13 renames the stored sum of platforms per stream; its script alone, here (V10 needs the audit
            // tables another location creates).
            statement.execute("SET search_path TO " + SCHEMA);
            statement.execute(new String(getClass().getResourceAsStream(
                    "/db/migration/V13__platforms_mean_distinct_platforms.sql").readAllBytes(),
                    StandardCharsets.UTF_8));
            statement.execute("RESET search_path");
            var rs = statement.executeQuery("SELECT metric, feed FROM " + SCHEMA + ".daily_metric");
            while (rs.next()) {
                attributed.put(rs.getString(1), rs.getString(2));
            }
            statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
        assertThat(attributed).isEqualTo(feedOf);
    }
}
