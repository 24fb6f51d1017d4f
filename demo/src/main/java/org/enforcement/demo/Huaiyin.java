package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Json.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.client.cases.model.Measure;
import org.enforcement.client.cases.model.MeasureType;
import org.enforcement.client.cases.model.ModelCase;
import org.enforcement.client.cases.model.Settlement;
import org.enforcement.client.operations.model.LiveStream;
import org.enforcement.client.operations.model.OperationReport;
import org.enforcement.client.operations.model.Target;
import org.enforcement.client.operations.model.Team;
import org.enforcement.demo.CaseSteps.CaseSpec;
import org.enforcement.demo.HuaiyinDebtors.Debtor;
import org.enforcement.demo.OperationSteps.Entry;

/**
 * Operation 1 of DOMAIN.md: Huaiyin District Court's dawn raid of 2023-02-02 (正月十二) in its campaign 淮执·9号.
 * 26 cases, Zhang v Qin in detail, 50 officers, 5 witnesses, three teams, the timeline with the arrivals at Li's
 * (05:49) and Wang's (06:28), 8 compulsory summonses, 318,110 yuan paid on the spot, 4 settlements, 13 cases
 * concluded, and the live stream on Taobao Live and Douyin with 938,400 views and the viewers' five questions.
 */
public final class Huaiyin {

    public static final String COURT = "苏0804";
    public static final String COURT_NAME = "江苏省淮安市淮阴区人民法院";
    public static final String CAMPAIGN = "淮执·9号";
    public static final LocalDate RAID_DAY = LocalDate.of(2023, 2, 2);
    /** The day after Qin's first installment fell due unpaid: the judge found the settlement breached. */
    public static final LocalDate QIN_BREACHED_ON = LocalDate.of(2023, 1, 21);
    public static final String OPERATION_NAME = "春节后凌晨集中执行行动";
    public static final String STREAM_TITLE = "直击执行现场：淮阴法院春节后凌晨集中执行";

    private static final String[] SURNAMES = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫",
            "蒋", "沈", "韩", "杨", "朱", "秦", "许", "何", "吕", "施", "张", "孔"};
    private static final String[] GIVEN = {"伟", "强", "磊", "军"};

    private final Demo demo;
    private final Court court;
    private final CaseSteps cases;
    private final OperationSteps raid;

    public Huaiyin(Demo demo) {
        this.demo = demo;
        this.court = new Court(COURT, COURT_NAME, demo.tokens(), "clerk.wang", "judge.chen", "director.liu",
                "officer.zhao");
        this.cases = new CaseSteps(demo, court);
        this.raid = new OperationSteps(demo, court, RAID_DAY);
    }

    public Court court() {
        return court;
    }

    public UUID operationId() {
        return raid.id();
    }

    public void load() {
        demo.section("Huaiyin (" + COURT + ", " + CAMPAIGN + "): the cases");
        List<Debtor> debtors = HuaiyinDebtors.all();
        List<ModelCase> caseList = new ArrayList<>();
        for (int i = 0; i < debtors.size(); i++) {
            Debtor d = debtors.get(i);
            CaseSpec spec = new CaseSpec(d.basisDocument(i + 1), d.cause(), yuan(d.principal()), yuan(d.costs()), null,
                    i % 2 == 0 ? "judge.chen" : "judge.zhou", d.filedOn(), CAMPAIGN, d.applicant(),
                    HuaiyinDebtors.person(d.respondent(), 100 + i));
            caseList.add(cases.startEnforcement(cases.ensure(spec), LocalDate.parse(d.filedOn())));
        }
        UUID qin = caseList.get(2).getId();
        zhangVQinBeforeTheRaid(qin);

        demo.section("Huaiyin: the dawn raid of " + RAID_DAY + " (正月十二)");
        Map<String, Object> plan = obj("name", OPERATION_NAME, "campaignCode", CAMPAIGN, "date", RAID_DAY.toString(),
                "assemblyPlace", "淮阴区人民法院执行局", "assemblyLat", 33.6310, "assemblyLng", 119.0250,
                "assemblyTime", "05:00", "departureTime", "05:30", "commander", "director.liu",
                "requiresWitnesses", true, "minWitnesses", 5);
        raid.plan(plan);
        if (!raid.isClosed()) {
            prepare(debtors, caseList);
            onTheDay(debtors, caseList);
        }
        OperationReport report = raid.report();
        demo.say("report: " + report.getSummary() + "；直播观看" + report.getViewersPhrase());
    }

    /** The settlement of 2023-01-15, the missed first installment, the refused property report. */
    private void zhangVQinBeforeTheRaid(UUID qin) {
        demo.section("Huaiyin: Zhang v Qin before the raid");
        List<Map<String, Object>> installments = List.of(
                obj("dueOn", "2023-01-20", "amount", yuan("13325.00")), obj("dueOn", "2023-03-20", "amount", yuan("13325.00")),
                obj("dueOn", "2023-05-20", "amount", yuan("13325.00")), obj("dueOn", "2023-07-20", "amount", yuan("13325.00")));
        Settlement settlement = cases.settlement(qin, "demo-settlement-" + qin, obj("signedOn", "2023-01-15",
                "total", yuan("53300.00"), "terms", "被执行人秦某分四期履行，每期13325元", "installments", installments));
        cases.breach(qin, settlement.getId(), "被执行人秦某未按约定于2023年1月20日履行第一期款项13325元",
                QIN_BREACHED_ON);
        UUID respondent = cases.get(qin).getRespondents().get(0).getId();
        // Ordered the day after the breach with its 2023 deadline; the refusal is recorded the day after it.
        Measure order = cases.measureSteps().measure(qin, MeasureSteps.ofType("PROPERTY_REPORT_ORDER"), court.judge(),
                "demo-report-order-" + qin, obj("type", "PROPERTY_REPORT_ORDER", "respondentId", respondent,
                        "orderedOn", QIN_BREACHED_ON.toString(), "deadline", "2023-01-31",
                        "reason", "被执行人未履行和解协议，责令其如实报告财产"));
        cases.measureSteps().result(qin, order, court.officer(), obj("refused", true, "resultOn", "2023-02-01",
                "note", "无正当理由拒绝报告财产，经传唤拒不到场"));
    }

    private void prepare(List<Debtor> debtors, List<ModelCase> caseList) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            people.add(obj("name", SURNAMES[i % SURNAMES.length] + GIVEN[i / SURNAMES.length] + (i < 24 ? "" : "华"),
                    "role", "OFFICER"));
        }
        people.set(0, obj("name", "赵伟", "userId", "officer.zhao", "role", "OFFICER"));
        people.add(obj("name", "陈法官", "userId", "judge.chen", "role", "JUDGE"));
        people.add(obj("name", "周法官", "userId", "judge.zhou", "role", "JUDGE"));
        people.add(obj("name", "刘局长", "userId", "director.liu", "role", "COMMANDER"));
        raid.staff(people);
        raid.witness("周某", "DISCIPLINE_INSPECTION", "区纪委监委派驻区法院纪检监察组副组长");
        raid.witness("吴某", "PEOPLES_CONGRESS_DEPUTY", "淮阴区人大代表");
        raid.witness("郑某", "PEOPLES_CONGRESS_DEPUTY", "淮阴区人大代表");
        raid.witness("冯某", "POLITICAL_CONSULTATIVE_MEMBER", "淮阴区政协委员");
        raid.witness("褚某", "POLITICAL_CONSULTATIVE_MEMBER", "淮阴区政协委员");

        for (int i = 0; i < debtors.size(); i++) {
            Debtor d = debtors.get(i);
            // Wang was packed to leave town at daybreak: the team must be there by 06:30.
            raid.target(caseList.get(i).getId(), "淮阴区" + d.village() + (i + 3) + "号", d.lat(), d.lng(),
                    null, i == 1 ? "06:30" : null);
        }
        String status = raid.status();
        if ("PLANNED".equals(status) || "ASSEMBLED".equals(status)) {
            List<Team> teams = raid.teams(3);
            List<Target> targets = raid.targets();
            raid.pin(byCase(targets, caseList.get(0)), teams.get(0)); // first team to Li
            raid.pin(byCase(targets, caseList.get(1)), teams.get(2)); // third team to Wang
            raid.dispatchPlan();
        }
    }

    private static Target byCase(List<Target> targets, ModelCase c) {
        return targets.stream().filter(t -> c.getId().equals(t.getCaseId())).findFirst().orElseThrow();
    }

    private void onTheDay(List<Debtor> debtors, List<ModelCase> caseList) {
        raid.advance("UNDERWAY", Map.of("ASSEMBLE", "05:00", "DEPART", "05:30"));
        LiveStream stream = raid.stream(obj("title", STREAM_TITLE, "scheduledStart", raid.at("05:00"),
                "platforms", List.of(obj("platform", "TAOBAO_LIVE", "name", "阿里资产司法拍卖频道"),
                        obj("platform", "DOUYIN", "name", "淮阴法院抖音号")),
                "hosts", List.of(obj("name", "王记者", "role", "REPORTER"),
                        obj("name", "陈法官", "role", "COMMENTATING_JUDGE"))));
        raid.startStream(stream, "05:00");

        List<Target> targets = raid.targets();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < debtors.size(); i++) {
            entries.addAll(HuaiyinDebtors.entriesAt(debtors.get(i), court.officer(), court.judge(),
                    byCase(targets, caseList.get(i)).getId()));
        }
        List<Team> teams = raid.teams();
        String[] returned = {"10:40", "11:05", "11:20"};
        for (int i = 0; i < teams.size() && i < returned.length; i++) {
            entries.add(Entry.teamReturned(teams.get(i).getId(), returned[i], court.officer()));
        }
        raid.timeline(entries);

        raid.viewers(stream, "TAOBAO_LIVE", List.of(new long[] {3200, 86000}, new long[] {5600, 301000},
                new long[] {4100, 516800}), List.of("06:00", "07:30", "09:30"));
        raid.viewers(stream, "DOUYIN", List.of(new long[] {2800, 74500}, new long[] {6100, 268900},
                new long[] {3900, 421600}), List.of("06:00", "07:30", "09:30"));
        liveQuestions(stream);
        raid.endStream(stream, "09:30");

        raid.awaitDeliveries(90);
        qinBroughtIn(caseList.get(2).getId());
        for (int i = 0; i < debtors.size(); i++) {
            if (debtors.get(i).concluded()) {
                // Paid in full at the door: concluded on the raid day, not on the day the loader runs.
                cases.conclude(caseList.get(i).getId(), "FULLY_PERFORMED", null, RAID_DAY);
            }
        }
        raid.advance("CLOSED", Map.of("CLOSE", "12:00"));
    }

    /** The summons decided at dawn was carried out: Qin was brought to court (拘传到院). */
    private void qinBroughtIn(UUID qin) {
        for (Measure m : cases.measureSteps().measures(qin)) {
            if (m.getType() == MeasureType.SUMMONS) {
                cases.measureSteps().result(qin, m, court.officer(), obj("resultOn", RAID_DAY.toString(),
                        "note", "凌晨执行行动中拘传到院，询问后当场履行20000元并承诺继续履行和解协议"));
            }
        }
    }

    private void liveQuestions(LiveStream stream) {
        Map<String, String[]> qa = new LinkedHashMap<>();
        qa.put("申请恢复执行的期限是多长？", new String[] {"TAOBAO_LIVE", "淮安老张",
                "申请执行的期间是二年。被执行人不履行和解协议的，申请恢复执行的期间也是二年，从和解协议约定的履行期限的最后一日起计算。",
                "《中华人民共和国民事诉讼法》第二百五十条"});
        qa.put("申请执行需要先交执行费吗？", new String[] {"DOUYIN", "清江浦小王",
                "申请人申请执行时不需要预交执行申请费，执行申请费在执行后交纳，由被执行人负担。",
                "《诉讼费用交纳办法》第二十条"});
        qa.put("被执行人在外地，司法拘留能在外地执行吗？", new String[] {"DOUYIN", "淮阴人在苏州",
                "可以。被拘留人不在本辖区的，作出拘留决定的法院可以派员到被拘留人所在地，请当地法院协助执行。",
                null});
        qa.put("对方签了和解协议又不履行怎么办？", new String[] {"TAOBAO_LIVE", "小刘不想等",
                "被执行人不履行和解协议的，申请执行人可以申请恢复执行原生效法律文书，也可以就履行和解协议向执行法院起诉。",
                "《最高人民法院关于执行和解若干问题的规定》第九条"});
        qa.put("上了失信名单会影响孩子上学吗？", new String[] {"DOUYIN", "码头镇居民",
                "被执行人被采取限制消费措施后，不得以其财产支付子女入学就读高收费私立学校。及时履行义务的，可以申请解除。",
                "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第三条"});
        int minute = 0;
        for (Map.Entry<String, String[]> e : qa.entrySet()) {
            String[] v = e.getValue();
            UUID faq = raid.faq(e.getKey(), v[2], List.of("执行", "直播问答"), v[3]);
            // asked from 06:00 on, ten minutes apart, each answered five minutes later (the stream runs to 09:30)
            raid.question(stream, v[0], v[1], e.getKey(), v[2], faq, clock(6 * 60 + minute),
                    clock(6 * 60 + minute + 5));
            minute += 10;
        }
    }

    private static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
