package org.enforcement.stats.campaigns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.campaigns.CampaignFixtures.campaign;
import static org.enforcement.stats.campaigns.CampaignFixtures.create;
import static org.enforcement.stats.campaigns.CampaignFixtures.exact;
import static org.enforcement.stats.campaigns.CampaignFixtures.freshCode;
import static org.enforcement.stats.campaigns.CampaignFixtures.task;
import static org.enforcement.stats.campaigns.CampaignFixtures.value;
import static org.enforcement.stats.campaigns.CampaignFixtures.with;
import static org.enforcement.stats.support.FeedStubs.event;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.ingestion.Ingestion;
import org.enforcement.stats.metrics.DailyMetrics;
import org.enforcement.stats.support.Cursors;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** Key-task progress and court ranking from the campaign's daily metrics, hand-computed. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class CampaignProgressTest {

    @Inject
    DailyMetrics daily;

    @Inject
    Ingestion ingestion;

    @Inject
    Cursors cursors;

    void put(Court court, String campaign, String day, String metric, String value) {
        QuarkusTransaction.requiringNew().run(() -> daily.add("case", court.code(), campaign, LocalDate.parse(day), metric,
                new BigDecimal(value)));
    }

    static JsonPath progress(String token, String code, String asOf) {
        return given().auth().oauth2(token).queryParam("asOf", asOf).get("/api/campaigns/{code}/progress", code)
                .then().statusCode(200).extract().jsonPath(exact());
    }

    static JsonPath ranking(String token, String code, String query) {
        return given().auth().oauth2(token).get("/api/campaigns/{code}/ranking?" + query, code)
                .then().statusCode(200).extract().jsonPath(exact());
    }

    /**
     * 2023-04-01..12-31 is 275 days. Task 1: 1000 concluded by 12-31; task 2: 300000.00 collected by 06-30 (91
     * days); task 3: 100 officers by 04-30 (30 days).
     */
    @Test
    void shouldJudgeTotalTasksAgainstTheShareOfTimeElapsed() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court outsider = Court.fresh();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(liangzhou.code()),
                task(1, "cases_concluded", 1000, "TOTAL", "2023-12-31"),
                task(2, "collected", "300000.00", "TOTAL", "2023-06-30"),
                task(3, "officers_deployed", 100, "TOTAL", "2023-04-30")));
        put(high, code, "2023-04-15", "cases_concluded", "100");
        put(liangzhou, code, "2023-05-10", "cases_concluded", "50");
        put(liangzhou, code, "2023-05-11", "cases_concluded", "30");
        put(high, code, "2023-04-02", "collected", "200000.00");
        put(liangzhou, code, "2023-06-01", "collected", "123456.78");
        put(liangzhou, code, "2023-04-02", "officers_deployed", "50");
        // After task 3's deadline: not counted for it.
        put(liangzhou, code, "2023-05-01", "officers_deployed", "20");
        // Not the campaign's: another court with the same code, the court's other work, before the start.
        put(outsider, code, "2023-04-20", "cases_concluded", "500");
        put(liangzhou, "", "2023-04-20", "cases_concluded", "400");
        put(liangzhou, "春雷", "2023-04-20", "cases_concluded", "300");
        put(liangzhou, code, "2023-03-31", "cases_concluded", "200");

        // 10 May: 40 of 275 days, 1000 x 40 / 275 = 145.45 expected, 150 done.
        JsonPath may10 = progress(liangzhou.judge(), code, "2023-05-10");
        assertThat(may10.getString("asOf")).isEqualTo("2023-05-10");
        assertThat(may10.getList("keyTasks.number")).containsExactly(1, 2, 3);
        assertThat(value(may10, "keyTasks[0].target")).isEqualTo(new BigDecimal("1000"));
        assertThat(value(may10, "keyTasks[0].actual")).isEqualTo(new BigDecimal("150"));
        assertThat(value(may10, "keyTasks[0].expected")).isEqualTo(new BigDecimal("145.45"));
        assertThat(value(may10, "keyTasks[0].percent")).isEqualTo(new BigDecimal("15.00"));
        assertThat(may10.getString("keyTasks[0].status")).isEqualTo("ON_TRACK");
        assertThat(may10.getList("keyTasks[0].months")).isNull();
        // 300000.00 x 40 / 91 = 131868.13 expected, 200000.00 done.
        assertThat(value(may10, "keyTasks[1].actual")).isEqualTo(new BigDecimal("200000.00"));
        assertThat(value(may10, "keyTasks[1].expected")).isEqualTo(new BigDecimal("131868.13"));
        assertThat(value(may10, "keyTasks[1].percent")).isEqualTo(new BigDecimal("66.67"));
        assertThat(may10.getString("keyTasks[1].status")).isEqualTo("ON_TRACK");
        // Deadline 30 April passed with 50 of 100.
        assertThat(value(may10, "keyTasks[2].actual")).isEqualTo(new BigDecimal("50"));
        assertThat(value(may10, "keyTasks[2].expected")).isEqualTo(new BigDecimal("100.00"));
        assertThat(value(may10, "keyTasks[2].percent")).isEqualTo(new BigDecimal("50.00"));
        assertThat(may10.getString("keyTasks[2].status")).isEqualTo("MISSED");

        // 20 May: 50 days, 1000 x 50 / 275 = 181.82 expected, 180 done.
        JsonPath may20 = progress(high.director(), code, "2023-05-20");
        assertThat(value(may20, "keyTasks[0].actual")).isEqualTo(new BigDecimal("180"));
        assertThat(value(may20, "keyTasks[0].expected")).isEqualTo(new BigDecimal("181.82"));
        assertThat(may20.getString("keyTasks[0].status")).isEqualTo("BEHIND");

        // 15 June: 323456.78 of 300000.00 before the deadline.
        JsonPath june15 = progress(high.observer(), code, "2023-06-15");
        assertThat(value(june15, "keyTasks[1].actual")).isEqualTo(new BigDecimal("323456.78"));
        assertThat(value(june15, "keyTasks[1].percent")).isEqualTo(new BigDecimal("107.82"));
        assertThat(june15.getString("keyTasks[1].status")).isEqualTo("ACHIEVED");

        // Before the start nothing is due; long after the end, task 1 is missed with all 180.
        JsonPath march = progress(high.director(), code, "2023-03-31");
        assertThat(value(march, "keyTasks[0].actual")).isEqualTo(new BigDecimal("0"));
        assertThat(value(march, "keyTasks[0].expected")).isEqualTo(new BigDecimal("0.00"));
        assertThat(march.getString("keyTasks[0].status")).isEqualTo("ON_TRACK");
        JsonPath next = progress(high.director(), code, "2024-02-01");
        assertThat(value(next, "keyTasks[0].actual")).isEqualTo(new BigDecimal("180"));
        assertThat(value(next, "keyTasks[0].expected")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(next.getString("keyTasks[0].status")).isEqualTo("MISSED");
        assertThat(next.getString("keyTasks[1].status")).isEqualTo("ACHIEVED");
    }

    @Test
    void shouldCountEventsReadFromTheFeedsForTheCampaignsCourtsOnly() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court outsider = Court.fresh();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(liangzhou.code()),
                task(1, "cases_concluded", 3, "TOTAL", "2023-04-30"),
                task(2, "collected", "1000.00", "TOTAL", "2023-04-30")));
        FeedStubs.reset();
        cursors.set(FeedStubs.CASE, 0);
        cursors.set(FeedStubs.OPERATION, 0);
        Map<String, Object> concluded = Map.of("conclusionType", "FULLY_PERFORMED", "daysToConclude", 20,
                "campaignCode", code);
        FeedStubs.page(FeedStubs.CASE, 0, List.of(
                event(1, "CaseConcluded", liangzhou.code(), "2023-04-10T02:00:00Z", concluded),
                // 23:30 on 30 April in Shanghai is still within the deadline.
                event(2, "CaseConcluded", high.code(), "2023-04-30T15:30:00Z", concluded),
                event(3, "CaseConcluded", outsider.code(), "2023-04-10T02:00:00Z", concluded),
                // 00:30 on 1 May in Shanghai: after the deadline.
                event(4, "CaseConcluded", high.code(), "2023-04-30T16:30:00Z", concluded),
                event(5, "PaymentRecorded", liangzhou.code(), "2023-04-11T02:00:00Z",
                        Map.of("amount", new BigDecimal("600.50"), "campaignCode", code)),
                event(6, "PaymentRecorded", liangzhou.code(), "2023-04-12T02:00:00Z",
                        Map.of("amount", new BigDecimal("400.00")))), false);
        ingestion.pollOnce();

        JsonPath after = progress(liangzhou.director(), code, "2023-05-02");
        assertThat(value(after, "keyTasks[0].actual")).isEqualTo(new BigDecimal("2"));
        assertThat(after.getString("keyTasks[0].status")).isEqualTo("MISSED");
        assertThat(value(after, "keyTasks[1].actual")).isEqualTo(new BigDecimal("600.50"));
        assertThat(value(after, "keyTasks[1].percent")).isEqualTo(new BigDecimal("60.05"));
        assertThat(after.getString("keyTasks[1].status")).isEqualTo("MISSED");
    }

    /** 陇原风暴 task 12: at least two streams a month carried on 8 platforms at once. */
    @Test
    void shouldJudgeMonthlyTasksMonthByMonth() {
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(liangzhou.code()),
                with(task(12, "streams", 2, "MONTHLY", "2023-12-31"), "minPlatforms", 8),
                task(13, "streams", 2, "MONTHLY", "2023-12-31")));
        // April: one stream on 8 platforms, two on 6.
        put(liangzhou, code, "2023-04-10", "streams", "1");
        put(liangzhou, code, "2023-04-10", "streams_platforms_8", "1");
        put(liangzhou, code, "2023-04-20", "streams", "2");
        put(liangzhou, code, "2023-04-20", "streams_platforms_6", "2");
        // May: one on 8, one on 9 platforms.
        put(high, code, "2023-05-05", "streams", "1");
        put(high, code, "2023-05-05", "streams_platforms_8", "1");
        put(liangzhou, code, "2023-05-06", "streams", "1");
        put(liangzhou, code, "2023-05-06", "streams_platforms_9", "1");
        // June so far: one on 8.
        put(liangzhou, code, "2023-06-02", "streams", "1");
        put(liangzhou, code, "2023-06-02", "streams_platforms_8", "1");
        // After asOf: not counted yet.
        put(liangzhou, code, "2023-06-20", "streams", "1");
        put(liangzhou, code, "2023-06-20", "streams_platforms_8", "1");

        JsonPath june10 = progress(liangzhou.judge(), code, "2023-06-10");
        // Task 12: April 1 of 2 (the 6-platform streams do not count) → BEHIND; May met; June running.
        assertThat(june10.getList("keyTasks[0].months.month")).containsExactly("2023-04", "2023-05", "2023-06");
        assertThat(june10.getList("keyTasks[0].months.count")).map(Object::toString)
                .containsExactly("1", "2", "1");
        assertThat(june10.getList("keyTasks[0].months.status")).containsExactly("BELOW", "MET", "RUNNING");
        assertThat(june10.getList("keyTasks[0].months.finished")).containsExactly(true, true, false);
        assertThat(june10.getString("keyTasks[0].months[2].from")).isEqualTo("2023-06-01");
        assertThat(june10.getString("keyTasks[0].months[2].to")).isEqualTo("2023-06-30");
        assertThat(june10.getString("keyTasks[0].status")).isEqualTo("BEHIND");
        assertThat(value(june10, "keyTasks[0].actual")).isEqualTo(new BigDecimal("4"));
        assertThat(value(june10, "keyTasks[0].expected")).isEqualTo(new BigDecimal("4.00"));
        assertThat(value(june10, "keyTasks[0].percent")).isEqualTo(new BigDecimal("50.00"));
        assertThat(june10.getInt("keyTasks[0].minPlatforms")).isEqualTo(8);
        // Task 13 counts every stream: April 3, May 2 → ON_TRACK.
        assertThat(june10.getList("keyTasks[1].months.count")).map(Object::toString)
                .containsExactly("3", "2", "1");
        assertThat(june10.getString("keyTasks[1].status")).isEqualTo("ON_TRACK");
        assertThat(value(june10, "keyTasks[1].percent")).isEqualTo(new BigDecimal("100.00"));

        // Within April nothing is judged yet; a month reaching its target early is MET.
        JsonPath april15 = progress(liangzhou.judge(), code, "2023-04-15");
        assertThat(april15.getList("keyTasks[0].months.status")).containsExactly("RUNNING");
        assertThat(april15.getString("keyTasks[0].status")).isEqualTo("ON_TRACK");
        assertThat((Object) april15.get("keyTasks[0].percent")).isNull();
        JsonPath april25 = progress(liangzhou.judge(), code, "2023-04-25");
        assertThat(april25.getList("keyTasks[1].months.status")).containsExactly("MET");

        // After the deadline the empty months July..December are missed.
        JsonPath january = progress(liangzhou.judge(), code, "2024-01-05");
        assertThat(january.getList("keyTasks[1].months")).hasSize(9);
        assertThat(january.getString("keyTasks[1].months[8].status")).isEqualTo("BELOW");
        assertThat(january.getString("keyTasks[1].status")).isEqualTo("MISSED");
        assertThat(january.getString("keyTasks[0].status")).isEqualTo("MISSED");
    }

    /** 陇原风暴's stream series began in August: the months before it neither count nor hold it back. */
    @Test
    void shouldJudgeAKeyTaskFromItsOwnFirstDay() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        JsonPath created = create(high.director(), campaign(code, high.code(), List.of(),
                with(task(1, "streams", 2, "MONTHLY", "2023-12-31"), "startsOn", "2023-08-01"),
                with(task(2, "streams", 100, "TOTAL", "2023-12-31"), "startsOn", "2023-08-01"),
                task(3, "streams", 2, "MONTHLY", "2023-12-31")));
        assertThat(created.getString("keyTasks[0].startsOn")).isEqualTo("2023-08-01");
        assertThat((Object) created.get("keyTasks[2].startsOn")).isNull();
        put(high, code, "2023-06-10", "streams", "5"); // before the series: not its work
        put(high, code, "2023-08-10", "streams", "2");
        put(high, code, "2023-09-10", "streams", "2");

        JsonPath october = progress(high.director(), code, "2023-10-05");
        assertThat(october.getString("keyTasks[0].startsOn")).isEqualTo("2023-08-01");
        assertThat(october.getList("keyTasks[0].months.month")).containsExactly("2023-08", "2023-09", "2023-10");
        assertThat(october.getList("keyTasks[0].months.status")).containsExactly("MET", "MET", "RUNNING");
        assertThat(october.getString("keyTasks[0].status")).isEqualTo("ON_TRACK");
        // TOTAL: 4 of 100 counted from 1 August; expected 100 x 66 days / 153 days.
        assertThat(value(october, "keyTasks[1].actual")).isEqualTo(new BigDecimal("4"));
        assertThat(value(october, "keyTasks[1].expected")).isEqualTo(new BigDecimal("43.14"));
        // The same series from the campaign's start is behind for good: April, May and July had none.
        assertThat(october.getString("keyTasks[2].startsOn")).isEqualTo("2023-04-01");
        assertThat(october.getList("keyTasks[2].months")).hasSize(7);
        assertThat(october.getString("keyTasks[2].status")).isEqualTo("BEHIND");
        // Before its first day a task is on track with nothing expected.
        JsonPath july = progress(high.director(), code, "2023-07-15");
        assertThat(july.getList("keyTasks[0].months")).isEmpty();
        assertThat(july.getString("keyTasks[0].status")).isEqualTo("ON_TRACK");
        assertThat(value(july, "keyTasks[1].expected")).isEqualTo(new BigDecimal("0.00"));
    }

    /** "Auctions completed" as a key task: a measure family member adds up like any metric. */
    @Test
    void shouldJudgeAKeyTaskOfOneMeasureType() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(),
                task(1, "measures_carried_out_AUCTION", 2, "TOTAL", "2023-12-31")));
        put(high, code, "2023-05-10", "measures_carried_out_AUCTION", "1");
        put(high, code, "2023-05-11", "measures_carried_out_VALUATION", "5");
        JsonPath june = progress(high.director(), code, "2023-06-01");
        assertThat(value(june, "keyTasks[0].actual")).isEqualTo(new BigDecimal("1"));
        given().auth().oauth2(high.director()).contentType("application/json")
                .body(campaign(freshCode(), high.code(), List.of(),
                        task(1, "measures_carried_out_auction", 2, "TOTAL", "2023-12-31")))
                .post("/api/campaigns").then().statusCode(422).body("type", equalTo("/problems/unknown-metric"));
    }

    @Test
    void shouldRefuseAKeyTaskStartingOutsideItsCampaignOrAfterItsDeadline() {
        Court high = Court.freshIntermediate();
        for (String startsOn : List.of("2023-03-31", "2023-11-01")) {
            given().auth().oauth2(high.director()).contentType("application/json")
                    .body(campaign(freshCode(), high.code(), List.of(),
                            with(task(1, "streams", 2, "MONTHLY", "2023-10-31"), "startsOn", startsOn)))
                    .post("/api/campaigns").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("keyTasks[0].startsOn"));
        }
    }

    @Test
    void shouldCallAMonthlyTaskAchievedWhenEveryMonthMetItsTarget() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        create(high.director(), with(with(campaign(code, high.code(), List.of(),
                        task(1, "streams", 1, "MONTHLY", "2023-05-20")), "startsOn", "2023-04-15"),
                "endsOn", "2023-05-31"));
        put(high, code, "2023-04-15", "streams", "1");
        put(high, code, "2023-05-20", "streams", "1");

        JsonPath may21 = progress(high.director(), code, "2023-05-21");
        assertThat(may21.getList("keyTasks[0].months.from")).containsExactly("2023-04-15", "2023-05-01");
        assertThat(may21.getList("keyTasks[0].months.to")).containsExactly("2023-04-30", "2023-05-20");
        assertThat(may21.getList("keyTasks[0].months.status")).containsExactly("MET", "MET");
        assertThat(may21.getString("keyTasks[0].status")).isEqualTo("ACHIEVED");
        // On the deadline itself the last month is still running.
        JsonPath may20 = progress(high.director(), code, "2023-05-20");
        assertThat(may20.getList("keyTasks[0].months.finished")).containsExactly(true, false);
        assertThat(may20.getString("keyTasks[0].status")).isEqualTo("ON_TRACK");
    }

    @Test
    void shouldRankTheParticipatingCourtsWithTies() {
        Court high = Court.freshIntermediate();
        Court a = high.child();
        Court b = high.child();
        Court c = high.child();
        Court outsider = Court.fresh();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(a.code(), b.code(), c.code())));
        put(a, code, "2023-05-03", "collected", "300.00");
        put(b, code, "2023-05-04", "collected", "200.00");
        put(b, code, "2023-06-04", "collected", "100.00");
        put(c, code, "2023-05-05", "collected", "100.00");
        put(outsider, code, "2023-05-05", "collected", "9999.00");
        put(c, "", "2023-05-05", "collected", "9999.00");

        JsonPath all = ranking(c.observer(), code, "metric=collected");
        assertThat(all.getString("metric")).isEqualTo("collected");
        assertThat(all.getString("from")).isEqualTo("2023-04-01");
        assertThat(all.getString("to")).isEqualTo("2023-12-31");
        assertThat(all.getList("courts.court")).hasSize(4).doesNotContain(outsider.code());
        assertThat(all.getList("courts.rank")).containsExactly(1, 1, 3, 4);
        assertThat(all.getList("courts.court").subList(0, 2)).containsExactlyInAnyOrder(a.code(), b.code());
        assertThat(all.getList("courts.court").subList(2, 4)).containsExactly(c.code(), high.code());
        assertThat(all.getList("courts.value")).map(Object::toString)
                .containsExactly("300.00", "300.00", "100.00", "0.00");
        assertThat(value(all, "total")).isEqualTo(new BigDecimal("700.00"));

        JsonPath may = ranking(c.observer(), code, "metric=collected&from=2023-05-01&to=2023-05-31");
        assertThat(may.getList("courts.court")).containsExactly(a.code(), b.code(), c.code(), high.code());
        assertThat(may.getList("courts.rank")).containsExactly(1, 2, 3, 4);
        assertThat(value(may, "total")).isEqualTo(new BigDecimal("600.00"));
    }

    @Test
    void shouldRankByKpisWithCourtsWithoutDenominatorLast() {
        Court high = Court.freshIntermediate();
        Court a = high.child();
        Court b = high.child();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(a.code(), b.code())));
        put(a, code, "2023-05-03", "cases_filed", "4");
        put(a, code, "2023-05-03", "cases_concluded", "3");
        put(high, code, "2023-05-03", "cases_filed", "2");
        put(high, code, "2023-05-03", "cases_concluded", "1");
        put(b, code, "2023-05-03", "cases_concluded", "1");
        put(a, code, "2023-05-03", "owed_filed", "1000.00");
        put(a, code, "2023-05-03", "collected", "250.00");

        JsonPath rate = ranking(high.director(), code, "metric=conclusionRate");
        assertThat(rate.getList("courts.court")).containsExactly(a.code(), high.code(), b.code());
        assertThat(rate.getList("courts.rank")).containsExactly(1, 2, 3);
        assertThat(rate.getList("courts.value")).map(v -> v == null ? null : v.toString())
                .containsExactly("0.7500", "0.5000", null);
        // 5 concluded / 6 filed
        assertThat(value(rate, "total")).isEqualTo(new BigDecimal("0.8333"));

        JsonPath collection = ranking(high.director(), code, "metric=actualCollectionRate");
        assertThat(collection.getList("courts.court").get(0)).isEqualTo(a.code());
        assertThat(collection.getList("courts.rank")).containsExactly(1, 2, 2);
        assertThat(value(collection, "courts[0].value")).isEqualTo(new BigDecimal("0.2500"));
        assertThat(value(collection, "total")).isEqualTo(new BigDecimal("0.2500"));
    }

    @Test
    void shouldAnswer400ForBadQueries() {
        Court high = Court.freshIntermediate();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of()));
        for (String query : new String[] {"from=2023-05-01", "metric=", "metric=Collected", "metric=platforms",
                "metric=streams_platforms_0", "metric=collected&from=2023-02-30", "metric=collected&to=tomorrow",
                "metric=collected&from=2023-06-01&to=2023-05-01", "metric=collected&from=2000-01-01"}) {
            given().auth().oauth2(high.director()).get("/api/campaigns/{code}/ranking?" + query, code).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
        // A metric name is exact: blanks around it are refused, not trimmed.
        for (String metric : new String[] {" collected", "collected ", "conclusionRate\t"}) {
            given().auth().oauth2(high.director()).queryParam("metric", metric)
                    .get("/api/campaigns/{code}/ranking", code).then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("metric"));
        }
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}/ranking?metric=bogus", code).then()
                .statusCode(400).body("errors.field", hasItem("metric"))
                .body("detail", org.hamcrest.Matchers.containsString("conclusionRate"));
        for (String asOf : new String[] {"yesterday", "2023-13-01", "2023/05/01"}) {
            given().auth().oauth2(high.director()).queryParam("asOf", asOf)
                    .get("/api/campaigns/{code}/progress", code).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("asOf"));
        }
        // Default asOf is today: answered.
        given().auth().oauth2(high.director()).get("/api/campaigns/{code}/progress", code).then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
    }
}
