package org.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo loader against the three real services (packaged jars, own databases): loaded twice, the second run
 * creates nothing; stats-service, once it has read both feeds to their head, shows the Huaiyin raid as published
 * (50 officers, 26 debtors sought, 8 summoned, 30余万元 on site, 13 cases concluded, 4 settlements), and so does
 * operation-service's report. Then a tour reads every GET operation of the three contracts through the generated
 * clients, strictly ({@link ContractTour}).
 */
class DemoDataSystemIT {

    private static SystemUnderTest system;
    private static DevTokens tokens;
    private static Api cases;
    private static Api operations;
    private static Api stats;
    private static RuntimeException interrupted;
    private static DemoLoader.Outcome first;
    private static DemoLoader.Outcome second;
    private static Map<String, Long> afterFirst;
    private static Map<String, Long> afterSecond;

    @BeforeAll
    static void startTheServicesAndLoadTwice() throws Exception {
        system = new SystemUnderTest(SystemUnderTest.repositoryRoot());
        system.start();
        DemoLoader.Settings settings = new DemoLoader.Settings(system.caseUrl(), system.operationUrl(),
                system.statsUrl(), system.privateKey(), system.issuer(), DevTokens.DEFAULT_AUDIENCE);
        tokens = new DevTokens(system.privateKey(), system.issuer(), DevTokens.DEFAULT_AUDIENCE);
        HttpClient client = http11();
        cases = new Api("case-service", system.caseUrl(), client);
        operations = new Api("operation-service", system.operationUrl(), client);
        stats = new Api("stats-service", system.statsUrl(), client);

        // A run cut off halfway: operation-service is unreachable, so only the cases get loaded.
        DemoLoader.Settings cutOff = new DemoLoader.Settings(system.caseUrl(), "http://localhost:"
                + SystemUnderTest.freePort(), system.statsUrl(), system.privateKey(), system.issuer(),
                DevTokens.DEFAULT_AUDIENCE);
        try {
            load(cutOff, "loader-run-0.log");
        } catch (RuntimeException e) {
            interrupted = e;
        }
        first = load(settings, "loader-run-1.log");
        afterFirst = counts();
        second = load(settings, "loader-run-2.log");
        afterSecond = counts();
        awaitIngestionToTheHead();
    }

    @AfterAll
    static void stopTheServices() {
        if (system != null) {
            system.close();
        }
    }

    private static DemoLoader.Outcome load(DemoLoader.Settings settings, String logName) throws IOException {
        try (OutputStream file = new FileOutputStream(system.log(logName.replace(".log", "")).toFile());
             PrintStream out = new PrintStream(file, true, StandardCharsets.UTF_8)) {
            return DemoLoader.run(settings, out);
        }
    }

    @Test
    void shouldCompleteARunCutOffHalfwayAndCreateNothingTheSecondTime() {
        assertThat(interrupted).hasMessageContaining("Cannot reach operation-service");
        // The cut-off run had registered the 26 Huaiyin cases: the next run found them.
        assertThat(first.summary()).contains("case 2/26");
        assertThat(first.created()).as(first.summary()).isGreaterThan(200);
        assertThat(second.created()).as(second.summary()).isZero();
        assertThat(second.found()).isGreaterThan(30);
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(afterFirst).containsEntry("cases 苏0804", 26L).containsEntry("cases 甘0602", 2L)
                .containsEntry("operations 苏0804", 1L).containsEntry("operations 甘0602", 1L)
                .containsEntry("payments 苏0804", 17L).containsEntry("payments 甘0602", 1L)
                .containsEntry("disbursements 甘0602", 1L);
    }

    @Test
    void shouldReadEveryAnswerOfTheContractsThroughTheGeneratedClientsStrictly() throws IOException {
        ContractTour tour = new ContractTour(http11(), system, tokens);
        tour.cases();
        tour.operations();
        tour.stats();

        assertThat(tour.failures()).as("answers a strict generated client cannot read").isEmpty();
        assertThat(ContractTour.untoured(ContractTour.getOperations(SystemUnderTest.repositoryRoot()), tour.toured()))
                .as("GET operations of the contracts neither toured nor excluded with a reason").isEmpty();
    }

    @Test
    void shouldShowTheHuaiyinRaidInStatsServiceAsPublished() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        // From the raid to today: the raid and what followed it (Qin's case goes on).
        JsonNode report = stats.get(huaiyinDirector(), "/api/metrics?court=" + Api.enc(Huaiyin.COURT)
                + "&campaign=" + Api.enc(Huaiyin.CAMPAIGN) + "&from=" + Huaiyin.RAID_DAY + "&to=" + today
                + "&period=month").expect(200);
        JsonNode total = report.path("total").path("metrics");
        assertThat(total.path("officers_deployed").decimalValue()).isEqualByComparingTo("50");
        assertThat(total.path("operation_targets").decimalValue()).isEqualByComparingTo("26");
        assertThat(total.path("summoned").decimalValue()).isEqualByComparingTo("8");
        assertThat(total.path("collected_on_site").decimalValue()).isBetween(new BigDecimal("300000.01"),
                new BigDecimal("399999.99"));
        assertThat(total.path("cases_concluded").decimalValue()).isEqualByComparingTo("13");
        assertThat(total.path("settlements_on_site").decimalValue()).isEqualByComparingTo("4");
        assertThat(total.path("streams").decimalValue()).isEqualByComparingTo("1");
        assertThat(total.path("viewers").decimalValue()).isGreaterThan(new BigDecimal("900000"));
    }

    @Test
    void shouldPutNothingOfThe2023StoriesIntoLaterYearsFigures() {
        // Both stories happened in 2023 and the loader typed them in today: every figure from 2024 to today is
        // empty, for both courts, because every fact is counted on its business date, not on the day of entry.
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, String> directors = Map.of(Huaiyin.COURT, huaiyinDirector(),
                Liangzhou.COURT, tokens.token("director.ma", "director", Liangzhou.COURT));
        directors.forEach((court, token) -> {
            JsonNode later = stats.get(token, "/api/metrics?court=" + Api.enc(court) + "&from=2024-01-01&to="
                    + today).expect(200).path("total").path("metrics");
            Map<String, BigDecimal> nonZero = new TreeMap<>();
            later.fields().forEachRemaining(metric -> {
                if (metric.getValue().isNumber() && metric.getValue().decimalValue().signum() != 0) {
                    nonZero.put(metric.getKey(), metric.getValue().decimalValue());
                }
            });
            assertThat(nonZero).as(court + " from 2024-01-01 to " + today).isEmpty();
            JsonNode in2023 = stats.get(token, "/api/metrics?court=" + Api.enc(court)
                    + "&from=2023-01-01&to=2023-12-31").expect(200).path("total").path("metrics");
            assertThat(in2023.path("cases_filed").decimalValue()).as(court + " in 2023").isPositive();
        });
    }

    @Test
    void shouldCountTheHuaiyinRaidOnTheRaidDayItself() throws Exception {
        // Every figure of the raid is filed under the day it happened, however late the loader entered it: the
        // conclusions through concludedOn, the on-site payments through their receivedOn.
        JsonNode day = stats.get(huaiyinDirector(), "/api/metrics?campaign=" + Api.enc(Huaiyin.CAMPAIGN) + "&court="
                + Api.enc(Huaiyin.COURT) + "&from=" + Huaiyin.RAID_DAY + "&to=" + Huaiyin.RAID_DAY).expect(200)
                .path("total").path("metrics");
        assertThat(day.path("officers_deployed").decimalValue()).isEqualByComparingTo("50");
        assertThat(day.path("operation_targets").decimalValue()).isEqualByComparingTo("26");
        assertThat(day.path("summoned").decimalValue()).isEqualByComparingTo("8");
        assertThat(day.path("collected_on_site").decimalValue()).isBetween(new BigDecimal("300000"),
                new BigDecimal("400000"));
        assertThat(day.path("cases_concluded").decimalValue()).isEqualByComparingTo("13");
        assertThat(day.path("concluded_FULLY_PERFORMED").decimalValue()).isEqualByComparingTo("13");
        assertThat(day.path("settlements_on_site").decimalValue()).isEqualByComparingTo("4");
        assertThat(day.path("streams").decimalValue()).isEqualByComparingTo("1");

        String text = text(stats, "/api/reports/press-summary?campaign=" + Api.enc(Huaiyin.CAMPAIGN) + "&court="
                + Api.enc(Huaiyin.COURT) + "&from=" + Huaiyin.RAID_DAY + "&to=" + Huaiyin.RAID_DAY, huaiyinDirector());
        assertThat(text).startsWith("此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，"
                + "执结案件13件，达成和解4件");
        // then the live stream (PressSummaryWriter's clause order): 938,400 views on two platforms, 5 questions
        assertThat(text).isEqualTo("此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，"
                + "执结案件13件，达成和解4件，开展网络直播1场，观看90余万人次，解答网友提问5个。");

        // The days after the raid hold none of its conclusions.
        JsonNode after = stats.get(huaiyinDirector(), "/api/metrics?campaign=" + Api.enc(Huaiyin.CAMPAIGN)
                + "&court=" + Api.enc(Huaiyin.COURT) + "&from=" + Huaiyin.RAID_DAY.plusDays(1) + "&to="
                + LocalDate.now(ZoneId.of("Asia/Shanghai"))).expect(200).path("total").path("metrics");
        assertThat(after.path("cases_concluded").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void shouldPublishTheHuaiyinTotalsWithoutAToken() {
        Reply reply = stats.send("GET", null, "/public/campaigns/" + Api.enc(Huaiyin.CAMPAIGN) + "/figures", null);
        JsonNode figures = reply.expect(200);
        assertThat(figures.path("campaign").asText()).isEqualTo(Huaiyin.CAMPAIGN);
        assertThat(figures.path("officersDeployed").asLong()).isEqualTo(50);
        assertThat(figures.path("debtorsSought").asLong()).isEqualTo(26);
        assertThat(figures.path("summoned").asLong()).isEqualTo(8);
        assertThat(figures.path("collectedOnSite").decimalValue()).isBetween(new BigDecimal("300000"),
                new BigDecimal("400000"));
        assertThat(figures.path("casesConcluded").asLong()).isEqualTo(13);
        assertThat(figures.path("settlementsOnSite").asLong()).isEqualTo(4);
        assertThat(figures.path("pressSummary").asText()).contains("执结案件13件", "达成和解4件");
    }

    @Test
    void shouldConcludeTheCasesAndTakeTheOnSiteMoneyOnTheirStoryDays() {
        String judge = tokens.token("judge.demo", "judge", Huaiyin.COURT);
        JsonNode li = onlyCase(Huaiyin.COURT, "李建军");
        assertThat(li.path("conclusionType").asText()).isEqualTo("FULLY_PERFORMED");
        assertThat(concludedOn(li)).isEqualTo(Huaiyin.RAID_DAY);
        // operation-service hands the payment over with the timeline entry's day as receivedOn
        JsonNode payments = cases.get(judge, "/api/cases/" + li.path("id").asText() + "/payments").expect(200);
        assertThat(payments).hasSize(1);
        assertThat(payments.path(0).path("channel").asText()).isEqualTo("ON_SITE");
        assertThat(payments.path(0).path("receivedOn").asText()).isEqualTo(Huaiyin.RAID_DAY.toString());
        long concludedOnTheRaidDay = Reply.items(cases.get(judge, "/api/cases?status=CONCLUDED&limit=100").expect(200)
                .path("items")).stream().filter(c -> concludedOn(c).equals(Huaiyin.RAID_DAY)).count();
        assertThat(concludedOnTheRaidDay).isEqualTo(13);

        assertThat(concludedOn(onlyCase(Liangzhou.COURT, "赵"))).isEqualTo(Liangzhou.DAY);
        assertThat(concludedOn(onlyCase(Liangzhou.COURT, "徐"))).isEqualTo(Liangzhou.SOLD_ON);
    }

    @Test
    void shouldAgreeWithOperationServicesReport() {
        String id = raidId();
        JsonNode report = operations.get(huaiyinDirector(), "/api/operations/" + id + "/report").expect(200);
        assertThat(report.path("officersDeployed").asLong()).isEqualTo(50);
        assertThat(report.path("targetsSought").asLong()).isEqualTo(26);
        assertThat(report.path("summoned").asLong()).isEqualTo(8);
        assertThat(report.path("casesConcluded").asLong()).isEqualTo(13);
        assertThat(report.path("settlementsReached").asLong()).isEqualTo(4);
        assertThat(report.path("collectedOnSitePhrase").asText()).isEqualTo("30余万元");
        assertThat(report.path("viewersPhrase").asText()).isEqualTo("90余万人次");
        assertThat(report.path("platforms").asLong()).isEqualTo(2);
        assertThat(report.path("unavailable")).isEmpty();
        // Every outcome was accepted by case-service, so the report and stats-service count the same ones.
        assertThat(report.path("outcomesPending").asLong()).isZero();
        assertThat(report.path("outcomesRefused").asLong()).isZero();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode metrics = stats.get(huaiyinDirector(), "/api/metrics?campaign=" + Api.enc(Huaiyin.CAMPAIGN)
                + "&from=" + Huaiyin.RAID_DAY + "&to=" + today + "&period=month").expect(200)
                .path("total").path("metrics");
        assertThat(metrics.path("collected_on_site").decimalValue())
                .isEqualByComparingTo(report.path("collectedOnSite").decimalValue());
    }

    @Test
    void shouldTellZhangVQinAndTheLiangzhouCasesThroughCaseService() {
        JsonNode qin = onlyCase(Huaiyin.COURT, "秦");
        assertThat(qin.path("status").asText()).isEqualTo("SETTLEMENT_PERFORMING");
        assertThat(qin.path("paid").decimalValue()).isEqualByComparingTo("20000.00");
        String id = qin.path("id").asText();
        String judge = tokens.token("judge.chen", "judge", Huaiyin.COURT);
        JsonNode settlement = cases.get(judge, "/api/cases/" + id + "/settlements").expect(200).path(0);
        assertThat(settlement.path("status").asText()).isEqualTo("BREACHED");
        assertThat(settlement.path("installments").path(0).path("status").asText()).isEqualTo("PAID");
        JsonNode measures = cases.get(judge, "/api/cases/" + id + "/measures").expect(200);
        assertThat(Reply.items(measures).stream().map(m -> m.path("type").asText() + " " + m.path("status").asText()))
                .contains("PROPERTY_REPORT_ORDER REFUSED", "SUMMONS EXECUTED");

        JsonNode loan = onlyCase(Liangzhou.COURT, "徐");
        assertThat(loan.path("status").asText()).isEqualTo("CONCLUDED");
        assertThat(loan.path("disbursed").decimalValue()).isEqualByComparingTo(loan.path("paid").decimalValue());
        String liangzhouJudge = tokens.token("judge.yang", "judge", Liangzhou.COURT);
        // The search was written once, in the day's timeline, and reached the case file as its measure.
        List<JsonNode> searches = Reply.items(cases.get(liangzhouJudge, "/api/cases/" + loan.path("id").asText()
                + "/measures").expect(200)).stream().filter(m -> m.path("type").asText().equals("SEARCH")).toList();
        assertThat(searches).hasSize(1);
        JsonNode search = searches.get(0);
        assertThat(search.path("status").asText()).isEqualTo("EXECUTED");
        assertThat(search.path("resultNote").asText()).contains("查见被执行人名下住宅一套");
        assertThat(search.path("fieldDecision").path("decidedAt").asText()).isEqualTo("2023-05-25T02:05:00Z");
        assertThat(Reply.items(search.path("witnesses")).stream().map(w -> w.path("capacity").asText()))
                .containsExactly("PROCURATORATE_SUPERVISOR", "COMMUNITY_REPRESENTATIVE", "MEDIA");
        JsonNode land = onlyCase(Liangzhou.COURT, "赵");
        assertThat(land.path("status").asText()).isEqualTo("CONCLUDED");
        assertThat(Reply.items(cases.get(liangzhouJudge, "/api/cases/" + land.path("id").asText() + "/measures")
                .expect(200)).stream().map(m -> m.path("type").asText())).containsExactly("HANDOVER");
    }

    @Test
    void shouldDateTheStorysFactsIn2023NotOnTheDayTheyWereLoaded() {
        // Every business date of the 2023 facts is the story's day: nothing of 2023 counts today.
        String judge = tokens.token("judge.chen", "judge", Huaiyin.COURT);
        String qin = onlyCase(Huaiyin.COURT, "秦").path("id").asText();
        JsonNode settlement = cases.get(judge, "/api/cases/" + qin + "/settlements").expect(200).path(0);
        assertThat(settlement.path("breachedOn").asText()).isEqualTo(Huaiyin.QIN_BREACHED_ON.toString());
        assertThat(settlement.path("installments").path(0).path("missedOn").asText())
                .isEqualTo(Huaiyin.QIN_BREACHED_ON.toString());
        List<String> qinsDays = new ArrayList<>();
        for (JsonNode m : Reply.items(cases.get(judge, "/api/cases/" + qin + "/measures").expect(200))) {
            qinsDays.add(m.path("orderedOn").asText());
            qinsDays.add(m.path("resultOn").asText());
        }
        assertThat(qinsDays).isNotEmpty().allMatch(day -> day.startsWith("2023-"));

        String liangzhouJudge = tokens.token("judge.yang", "judge", Liangzhou.COURT);
        String loan = onlyCase(Liangzhou.COURT, "徐").path("id").asText();
        List<String> loanDays = new ArrayList<>();
        for (JsonNode m : Reply.items(cases.get(liangzhouJudge, "/api/cases/" + loan + "/measures").expect(200))) {
            loanDays.add(m.path("orderedOn").asText());
            loanDays.add(m.path("resultOn").asText());
            if (!m.path("decidedOn").isNull() && !m.path("decidedOn").isMissingNode()) {
                loanDays.add(m.path("decidedOn").asText());
            }
        }
        JsonNode disbursement = cases.get(liangzhouJudge, "/api/cases/" + loan + "/disbursements").expect(200).path(0);
        loanDays.add(disbursement.path("requestedOn").asText());
        loanDays.add(disbursement.path("paidOutOn").asText());
        // search (from the timeline), valuation and auction: ordered and done; the disbursement: requested and paid out
        assertThat(loanDays).hasSize(8).allMatch(day -> day.startsWith("2023-"));
        assertThat(disbursement.path("paidOutOn").asText()).isEqualTo(Liangzhou.SOLD_ON.toString());
    }

    @Test
    void shouldHaveTheCampaigns() {
        Reply openapi = new Api("stats-service management", system.statsManagementUrl(), http11())
                .send("GET", null, "/q/openapi", null, "Accept", "application/json");
        openapi.expect(200);
        assertThat(openapi.text()).contains("/api/campaigns");
        assertThat(stats.send("GET", null, "/q/openapi", null).status()).as("/q on the public port").isEqualTo(404);
        JsonNode storm = stats.get(tokens.token("director.gs", "director", "甘"),
                "/api/campaigns/" + Api.enc(Liangzhou.CAMPAIGN)).expect(200);
        assertThat(storm.path("organizingCourt").asText()).isEqualTo("甘");
        assertThat(storm.path("level").asText()).isEqualTo("HIGH");
        assertThat(storm.path("keyTasks")).hasSize(12);
        assertThat(Reply.items(storm.path("participatingCourts")).stream().map(JsonNode::asText))
                .contains(Liangzhou.COURT);
        JsonNode progress = stats.get(tokens.token("director.gs", "director", "甘"), "/api/campaigns/"
                + Api.enc(Liangzhou.CAMPAIGN) + "/progress?asOf=2023-12-31").expect(200);
        JsonNode live = progress.path("keyTasks").path(11);
        assertThat(live.path("metric").asText()).isEqualTo("streams");
        assertThat(live.path("minPlatforms").asInt()).isEqualTo(8);
        assertThat(live.path("cadence").asText()).isEqualTo("MONTHLY");
        // The series began in August: April to July do not hold it back.
        assertThat(live.path("startsOn").asText()).isEqualTo("2023-08-01");
        assertThat(Reply.items(live.path("months")).stream().map(m -> m.path("month").asText()))
                .startsWith("2023-08").endsWith("2023-12").hasSize(5);
        JsonNode huaizhi = stats.get(huaiyinDirector(), "/api/campaigns/" + Api.enc(Huaiyin.CAMPAIGN)).expect(200);
        assertThat(huaizhi.path("level").asText()).isEqualTo("BASIC");
        assertThat(huaizhi.path("keyTasks").size()).isGreaterThanOrEqualTo(3);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static LocalDate concludedOn(JsonNode c) {
        return LocalDate.ofInstant(Instant.parse(c.path("concludedAt").asText()), ZoneId.of("Asia/Shanghai"));
    }

    /** A text/plain answer (Api asks for JSON). */
    private static String text(Api service, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http11().send(HttpRequest.newBuilder(
                        URI.create(service.base() + path)).header("Accept", "text/plain")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return r.body();
    }

    private static String huaiyinDirector() {
        return tokens.token("director.liu", "director", Huaiyin.COURT);
    }

    private static String raidId() {
        for (JsonNode o : operations.items(huaiyinDirector(), "/api/operations?limit=100")) {
            if (Huaiyin.OPERATION_NAME.equals(o.path("name").asText())) {
                return o.path("id").asText();
            }
        }
        throw new AssertionError("no operation " + Huaiyin.OPERATION_NAME);
    }

    private static JsonNode onlyCase(String court, String respondent) {
        JsonNode page = cases.get(tokens.token("judge.demo", "judge", court), "/api/cases?limit=100&respondentName="
                + Api.enc(respondent)).expect(200);
        assertThat(page.path("items")).as("cases of %s against %s", court, respondent).hasSize(1);
        return page.path("items").path(0);
    }

    /** What must not grow when the loader runs again. */
    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String court : new String[] {Huaiyin.COURT, Liangzhou.COURT}) {
            String judge = tokens.token("judge.demo", "judge", court);
            JsonNode page = cases.get(judge, "/api/cases?limit=100").expect(200);
            counts.put("cases " + court, (long) page.path("items").size());
            long payments = 0;
            long disbursements = 0;
            long measures = 0;
            long settlements = 0;
            for (JsonNode c : page.path("items")) {
                String path = "/api/cases/" + c.path("id").asText();
                payments += cases.get(judge, path + "/payments").expect(200).size();
                disbursements += cases.get(judge, path + "/disbursements").expect(200).size();
                measures += cases.get(judge, path + "/measures").expect(200).size();
                settlements += cases.get(judge, path + "/settlements").expect(200).size();
            }
            counts.put("payments " + court, payments);
            counts.put("disbursements " + court, disbursements);
            counts.put("measures " + court, measures);
            counts.put("settlements " + court, settlements);
            List<JsonNode> ops = operations.items(judge, "/api/operations?limit=100");
            counts.put("operations " + court, (long) ops.size());
            long timeline = 0;
            long people = 0;
            long streams = 0;
            for (JsonNode o : ops) {
                String path = "/api/operations/" + o.path("id").asText();
                timeline += operations.get(judge, path + "/timeline").expect(200).size();
                people += operations.get(judge, path + "/participants").expect(200).size()
                        + operations.get(judge, path + "/witnesses").expect(200).size();
                streams += operations.get(judge, path + "/streams").expect(200).size();
            }
            counts.put("timeline " + court, timeline);
            counts.put("people " + court, people);
            counts.put("streams " + court, streams);
        }
        counts.put("faq", (long) operations.get(tokens.token("judge.demo", "judge", Huaiyin.COURT),
                "/api/faq?limit=100").expect(200).size());
        return counts;
    }

    /** Waits until stats-service has applied every event both feeds hold. */
    private static void awaitIngestionToTheHead() throws InterruptedException, IOException {
        // Every court's feed and ingestion status: stats-service's own service account, as the provider issues it.
        String everyCourt = system.serviceAccountToken("stats-service");
        long caseHead = head(cases, everyCourt);
        long operationHead = head(operations, everyCourt);
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode status = stats.get(everyCourt, "/api/ingestion").expect(200);
            Map<String, Long> cursors = new LinkedHashMap<>();
            for (JsonNode feed : status.path("feeds")) {
                cursors.put(feed.path("feed").asText(), feed.path("lastEventId").asLong());
            }
            if (cursors.getOrDefault("case", -1L) >= caseHead && cursors.getOrDefault("operation", -1L) >= operationHead) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("stats-service did not read the feeds to their heads (case " + caseHead
                        + ", operation " + operationHead + ") within 60 s: " + status);
            }
            Thread.sleep(500);
        }
    }

    private static long head(Api service, String token) {
        long cursor = 0;
        while (true) {
            JsonNode page = service.get(token, "/events?cursor=" + cursor + "&limit=500").expect(200);
            cursor = page.path("nextCursor").asLong(cursor);
            if (!page.path("hasMore").asBoolean(false)) {
                return cursor;
            }
        }
    }

    /** HTTP/1.1 as the loader speaks it (see DemoLoader): no h2c upgrade by the JDK client. */
    private static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
