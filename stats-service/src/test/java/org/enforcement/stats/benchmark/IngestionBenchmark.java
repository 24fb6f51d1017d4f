package org.enforcement.stats.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enforcement.stats.ingestion.Feed;
import org.enforcement.stats.ingestion.Ingestion;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.TestOidcProvider;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads {@code ingestion.benchmark.events} (default 200,000) generated events over HTTP (see {@link SyntheticFeeds})
 * the way the scheduler does (pages of stats.ingest.page-size, polls of stats.ingest.max-pages pages per feed),
 * prints events per second, checks the statistics against what the generator adds up (money to the cent, cases to
 * the case, every court and campaign), then reads both feeds again from the start and checks nothing changed. Not
 * part of the normal test run; see BENCHMARK.md.
 */
@QuarkusTest
@TestProfile(IngestionBenchmark.Feeds.class)
@Tag("benchmark")
class IngestionBenchmark {

    /** The test database and the generated feeds only (not FeedStubs, which the other tests make global). */
    public static class Feeds implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            // The test OIDC provider too: it is global (IdentityProvider), and global resources are off here.
            return List.of(new TestResourceEntry(TestDatabase.class), new TestResourceEntry(TestOidcProvider.class),
                    new TestResourceEntry(SyntheticFeeds.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    static final String[] CHECKED = {"cases_filed", "owed_filed", "collected", "cases_concluded", "settled_total",
        "officers_deployed", "collected_on_site", "viewers"};

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ingestsAndReplaysALargeFeedExactly() {
        System.out.printf("%nExpected totals of %d events (case feed %d, operation feed %d)...%n",
                SyntheticFeeds.EVENTS, SyntheticFeeds.size(SyntheticFeeds.CASE),
                SyntheticFeeds.size(SyntheticFeeds.OPERATION));
        Map<String, Map<String, BigDecimal>> expected = SyntheticFeeds.expected();
        cursors.set(SyntheticFeeds.CASE, 0);
        cursors.set(SyntheticFeeds.OPERATION, 0);

        long applied = readEverything("first read");
        double firstRead = seconds;
        assertThat(applied).isEqualTo(SyntheticFeeds.EVENTS);
        long rows = cursors.count("SELECT COUNT(*) FROM daily_metric");
        System.out.printf("daily_metric now holds %d rows%n", rows);
        check(expected);

        cursors.set(SyntheticFeeds.CASE, 0);
        cursors.set(SyntheticFeeds.OPERATION, 0);
        long replayed = readEverything("replay");
        assertThat(replayed).as("events applied again by the replay").isZero();
        assertThat(cursors.count("SELECT COUNT(*) FROM daily_metric")).isEqualTo(rows);
        assertThat(cursors.count("SELECT COUNT(*) FROM dead_letter_event")).isZero();
        check(expected);
        // For deploy/bench/run.sh: the first read's rate, printed only once every total was found exact.
        System.out.printf(Locale.ROOT, "BENCH P4 events_per_second=%.0f events=%d seconds=%.1f exact=true%n",
                SyntheticFeeds.EVENTS / firstRead, SyntheticFeeds.EVENTS, firstRead);
    }

    /** How long the last {@link #readEverything} took. */
    private double seconds;

    /** Polls until both feeds are read to their end; prints the rate. */
    private long readEverything(String what) {
        CpuMeter cpu = new CpuMeter(dataSource);
        cpu.start();
        long start = System.nanoTime();
        long applied = 0;
        int polls = 0;
        while (cursors.cursor(SyntheticFeeds.CASE) < SyntheticFeeds.size(SyntheticFeeds.CASE)
                || cursors.cursor(SyntheticFeeds.OPERATION) < SyntheticFeeds.size(SyntheticFeeds.OPERATION)) {
            Map<Feed, Ingestion.PollResult> results = ingestion.pollOnce();
            int pages = 0;
            for (Ingestion.PollResult result : results.values()) {
                assertThat(result.error()).as(result.feed() + " error").isNull();
                applied += result.applied();
                pages += result.pages();
            }
            assertThat(pages).as("pages read by poll " + (polls + 1)).isPositive();
            if (++polls % 10 == 0) {
                System.out.printf("  %s: %d polls, cursors %d / %d%n", what, polls,
                        cursors.cursor(SyntheticFeeds.CASE), cursors.cursor(SyntheticFeeds.OPERATION));
            }
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d events read (%d applied) in %.1f s = %.0f events/s (%d polls)%n", what,
                SyntheticFeeds.EVENTS, applied, seconds, SyntheticFeeds.EVENTS / seconds, polls);
        System.out.printf("%s: %s%n%s: %s%n", what, cpu.perThousand(SyntheticFeeds.EVENTS), what,
                cpu.threadsPerThousand(SyntheticFeeds.EVENTS));
        return applied;
    }

    /** Every court's totals over the three years, and each campaign's, equal the generator's to the cent. */
    private static void check(Map<String, Map<String, BigDecimal>> expected) {
        String token = Tokens.serviceAccount("benchmark");
        for (var campaign : expected.entrySet()) {
            var request = given().auth().oauth2(token).queryParam("from", "2022-01-01")
                    .queryParam("to", "2024-12-31").queryParam("period", "month");
            if (!campaign.getKey().isEmpty()) {
                request.queryParam("campaign", campaign.getKey());
            }
            JsonPath json = request.get("/api/metrics").then().statusCode(200).extract()
                    .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
            for (String metric : CHECKED) {
                BigDecimal want = campaign.getValue().getOrDefault(metric, BigDecimal.ZERO);
                Object got = json.get("total.metrics." + metric);
                assertThat(new BigDecimal(got.toString())).as(campaign.getKey() + " " + metric)
                        .isEqualByComparingTo(want);
            }
        }
        Map<String, BigDecimal> all = expected.get("");
        System.out.printf("Totals match the generator for every court and each of %d campaigns: collected %s,"
                        + " owed filed %s, cases filed %s, concluded %s, collected on site %s%n", expected.size() - 1,
                all.get("collected").toPlainString(), all.get("owed_filed").toPlainString(),
                all.get("cases_filed").toPlainString(), all.get("cases_concluded").toPlainString(),
                all.get("collected_on_site").toPlainString());
    }
}
