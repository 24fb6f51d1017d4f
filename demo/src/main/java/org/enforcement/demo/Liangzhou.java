package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Json.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.client.cases.model.Measure;
import org.enforcement.client.cases.model.ModelCase;
import org.enforcement.client.operations.model.LiveStream;
import org.enforcement.client.operations.model.OperationReport;
import org.enforcement.client.operations.model.Target;
import org.enforcement.demo.CaseSteps.CaseSpec;
import org.enforcement.demo.CaseSteps.Party;
import org.enforcement.demo.OperationSteps.Entry;

/**
 * Operation 2 of DOMAIN.md: Liangzhou District Court's live-streamed enforcement day in the Gansu campaign 陇原风暴.
 * Case 1 (loan): nobody home, relatives given 20 minutes, a search under the procuratorate's supervision, valuation,
 * online auction, the proceeds paid out to the applicant (maker-checker). Case 2: land handed over before witnesses.
 * The stream runs 2 h 52 min on 8 platforms with 968,300 views.
 */
public final class Liangzhou {

    public static final String COURT = "甘0602";
    public static final String COURT_NAME = "甘肃省武威市凉州区人民法院";
    public static final String CAMPAIGN = "陇原风暴";
    /** The day of the stream (the published report gives no date; a Thursday in the campaign's second month). */
    public static final LocalDate DAY = LocalDate.of(2023, 5, 25);
    /** The day the house sold at the online auction: the loan case's money came in and it was concluded. */
    public static final LocalDate SOLD_ON = LocalDate.of(2023, 7, 18);
    /** The house found in the search was sent for valuation the day after, valued three weeks later. */
    static final LocalDate VALUATION_ORDERED_ON = LocalDate.of(2023, 5, 26);
    static final LocalDate VALUED_ON = LocalDate.of(2023, 6, 15);
    public static final String OPERATION_NAME = "“陇原风暴”直击执行现场集中执行行动";
    public static final String STREAM_TITLE = "直击执行现场：“陇原风暴”凉州法院在行动";

    private final Demo demo;
    private final Court court;
    private final CaseSteps cases;
    private final OperationSteps day;

    public Liangzhou(Demo demo) {
        this.demo = demo;
        this.court = new Court(COURT, COURT_NAME, demo.tokens(), "clerk.ma", "judge.yang", "director.li",
                "officer.wang");
        this.cases = new CaseSteps(demo, court);
        this.day = new OperationSteps(demo, court, DAY);
    }

    public Court court() {
        return court;
    }

    public void load() {
        demo.section("Liangzhou (" + COURT + ", " + CAMPAIGN + "): the cases");
        ModelCase loan = cases.startEnforcement(cases.ensure(new CaseSpec("(2022)甘0602民初3418号民事判决书", "借款合同纠纷",
                yuan("286000.00"), yuan("5200.00"), null, "judge.yang", "2023-03-06", CAMPAIGN,
                Party.person("马国栋", "620602197803154417", "13993512345", "甘肃省武威市凉州区东大街某小区"),
                Party.person("徐振海", "620602198106226633", "13830567890", "甘肃省武威市凉州区某镇某村三组"))),
                LocalDate.of(2023, 3, 6));
        ModelCase land = cases.startEnforcement(cases.ensure(new CaseSpec("(2022)甘0602民初4102号民事判决书",
                "土地租赁合同纠纷", yuan("0.00"), yuan("0.00"), "腾退并交付承包地12亩及地上灌溉设备", "judge.yang", "2023-04-11",
                CAMPAIGN, Party.organization("凉州区某村股份经济合作社", "N2620602MF1234567X", "甘肃省武威市凉州区某镇某村"),
                Party.person("赵永福", "620602196909081215", "13909351234", "甘肃省武威市凉州区某镇某村五组"))),
                LocalDate.of(2023, 4, 11));
        UUID loanId = loan.getId();
        UUID landId = land.getId();
        String warrant = loan.getCaseNumber().replace("号", "号搜查令");

        demo.section("Liangzhou: the live-streamed enforcement day of " + DAY);
        day.plan(obj("name", OPERATION_NAME, "campaignCode", CAMPAIGN, "date", DAY.toString(),
                "assemblyPlace", "凉州区人民法院执行局", "assemblyLat", 37.9283, "assemblyLng", 102.6381,
                "assemblyTime", "08:30", "departureTime", "09:00", "commander", "director.li",
                "requiresWitnesses", true, "minWitnesses", 2));
        if (!day.isClosed()) {
            theDay(loanId, landId, warrant);
        }

        demo.section("Liangzhou: after the day (valuation, auction, pay-out)");
        afterTheDay(loanId);
        cases.conclude(landId, "FULLY_PERFORMED", null, DAY); // the land was handed over on the day
        OperationReport report = day.report();
        demo.say("report: " + report.getSummary() + "；直播观看" + report.getViewersPhrase());
    }

    private void theDay(UUID loanId, UUID landId, String warrant) {
        List<Map<String, Object>> people = new ArrayList<>();
        String[] officers = {"王刚", "李斌", "张涛", "刘洋", "陈亮", "杨帆", "赵鹏", "黄磊", "周杰", "吴昊", "徐峰", "孙超",
            "胡军", "朱明", "高翔", "郭庆"};
        for (String name : officers) {
            people.add(obj("name", name, "role", "OFFICER"));
        }
        people.set(0, obj("name", "王刚", "userId", "officer.wang", "role", "OFFICER"));
        people.add(obj("name", "杨法官", "userId", "judge.yang", "role", "JUDGE"));
        people.add(obj("name", "马法官", "role", "JUDGE"));
        day.staff(people);
        day.witness("孔某某", "PROCURATORATE_SUPERVISOR", "武威市凉州区人民检察院");
        day.witness("何某", "COMMUNITY_REPRESENTATIVE", "某村村民委员会");
        day.witness("石某", "MEDIA", "甘肃日报社");
        Target loanTarget = day.target(loanId, "凉州区某镇某村三组18号", 37.9702, 102.5804, null, null);
        Target landTarget = day.target(landId, "凉州区某镇某村五组承包地", 37.8806, 102.7103, null, null);
        String status = day.status();
        if ("PLANNED".equals(status) || "ASSEMBLED".equals(status)) {
            day.teams(2);
            day.dispatchPlan();
        }
        day.advance("UNDERWAY", Map.of("ASSEMBLE", "08:30", "DEPART", "09:00"));

        List<Map<String, Object>> platforms = List.of(
                obj("platform", "WECHAT_OFFICIAL_ACCOUNT", "name", "甘肃高院微信公众号"), obj("platform", "WEIBO"),
                obj("platform", "TOUTIAO"), obj("platform", "DOUYIN"), obj("platform", "KUAISHOU"),
                obj("platform", "NEWS_SITE", "name", "每日甘肃网直播频道"), obj("platform", "WECHAT_CHANNELS"),
                obj("platform", "COURT_WEBSITE", "name", "甘肃法院网"));
        LiveStream stream = day.stream(obj("title", STREAM_TITLE, "scheduledStart", day.at("09:00"),
                "platforms", platforms, "hosts", List.of(obj("name", "石记者", "role", "REPORTER"),
                        obj("name", "杨法官", "role", "COMMENTATING_JUDGE"))));
        day.startStream(stream, "09:00");

        UUID loanT = loanTarget.getId();
        UUID landT = landTarget.getId();
        String officer = court.officer();
        day.timeline(List.of(
                new Entry("ARRIVED", loanT, "09:25", null, officer),
                new Entry("NOTE", loanT, "09:27", obj("note", "敲门无人应答，被执行人不在家"), officer),
                new Entry("RELATIVES_ORDERED_TO_APPEAR", loanT, "09:30", obj("minutes", 20,
                        "note", "电话联系被执行人亲属，责令被执行人20分钟内到场"), officer),
                new Entry("DEBTOR_FOUND", loanT, "09:48", obj("note", "被执行人到场并打开房门"), officer),
                // Recorded once: case-service gets it as the SEARCH measure, witnessed by the day's witnesses.
                new Entry("SEARCH_PERFORMED", loanT, "10:05", obj("procuratorate", "甘肃省武威市凉州区人民检察院",
                        "warrantNumber", warrant, "item", "被执行人位于凉州区某镇某村三组的住宅",
                        "note", "在检察机关监督下搜查住所，查见被执行人名下住宅一套，已依法查封"), officer),
                new Entry("ARRIVED", landT, "10:50", null, officer),
                new Entry("DEBTOR_FOUND", landT, "10:52", obj("note", "被执行人同意腾退，但拒不打开大门"), officer),
                new Entry("LOCK_CHANGED", landT, "11:05", obj("note", "在见证人见证下依法强制开锁"), officer),
                new Entry("HANDED_OVER", landT, "11:30", obj("item", "承包地12亩及地上灌溉设备",
                        "note", "当场责令被执行人交付土地及设备，由申请执行人接收"), officer)));

        long[][] views = {{52000, 152000}, {31000, 118400}, {40000, 131600}, {88000, 226800}, {47000, 143500},
            {22000, 87200}, {19000, 71300}, {9000, 37500}};
        for (int i = 0; i < platforms.size(); i++) {
            long[] v = views[i];
            day.viewers(stream, (String) platforms.get(i).get("platform"),
                    List.of(new long[] {v[0] / 4, v[1] * 45 / 100}, new long[] {v[0] / 10, v[1]}),
                    List.of("10:30", "11:50"));
        }
        questions(stream);
        day.endStream(stream, "11:52");
        day.awaitDeliveries(90);
        day.advance("CLOSED", Map.of("CLOSE", "12:30"));
    }

    private void questions(LiveStream stream) {
        String[][] qa = {
            {"KUAISHOU", "武威小马", "借钱时没写利息，还能要利息吗？",
                "借贷双方没有约定利息的，出借人主张支付利息的，人民法院不予支持；约定不明的，视为没有约定。", "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十四条"},
            {"DOUYIN", "凉州老李", "对方签了借款合同就是不还钱，可以直接申请强制执行吗？",
                "申请强制执行需要有生效的法律文书，例如判决书、调解书或者经公证赋予强制执行效力的债权文书；只有合同的，需要先起诉。", null},
            {"WEIBO", "西凉客", "被执行人的房子拍卖以后，钱多久能到申请人手里？",
                "拍卖款到账后，法院核算执行费用并经审批后及时向申请执行人发放案款，申请人可以随时向承办法官了解进度。", null}};
        String[][] times = {{"09:40", "09:46"}, {"10:20", "10:27"}, {"11:10", "11:18"}}; // the stream: 09:00-11:52
        for (int i = 0; i < qa.length; i++) {
            String[] q = qa[i];
            UUID faq = day.faq(q[2], q[3], List.of("民间借贷", "直播问答"), q[4]);
            day.question(stream, q[0], q[1], q[2], q[3], faq, times[i][0], times[i][1]);
        }
    }

    /** After the day: the house valued and auctioned, the proceeds paid out (the search came from the timeline). */
    private void afterTheDay(UUID loanId) {
        String house = "被执行人名下位于凉州区某镇某村三组的住宅一套";
        Measure valuation = cases.measureSteps().measure(loanId, MeasureSteps.ofType("VALUATION"), court.judge(),
                "demo-valuation-" + loanId, obj("type", "VALUATION", "property", house,
                        "orderedOn", VALUATION_ORDERED_ON.toString()));
        cases.measureSteps().result(loanId, valuation, court.judge(), obj("amount", yuan("420000.00"),
                "valuedOn", VALUED_ON.toString(), "note", "经委托评估机构评估"));
        Measure auction = cases.measureSteps().measure(loanId, MeasureSteps.ofType("AUCTION"), court.judge(),
                "demo-auction-" + loanId, obj("type", "AUCTION", "property", house, "amount", yuan("294000.00"),
                        "orderedOn", VALUED_ON.toString()));
        cases.measureSteps().result(loanId, auction, court.judge(), obj("amount", yuan("356000.00"), "soldOn", SOLD_ON.toString(),
                "note", "经网络司法拍卖一拍成交"));
        ModelCase c = cases.get(loanId);
        BigDecimal held = c.getPaid().subtract(c.getDisbursed());
        cases.disburse(loanId, held, "拍卖成交款发放申请执行人马国栋", SOLD_ON, SOLD_ON);
        cases.conclude(loanId, "FULLY_PERFORMED", null, SOLD_ON);
    }
}
