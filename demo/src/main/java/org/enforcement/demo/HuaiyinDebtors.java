package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Json.yuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.demo.CaseSteps.Party;
import org.enforcement.demo.OperationSteps.Entry;

/** The 26 debtors of Huaiyin's dawn raid (DOMAIN.md, operation 1), their cases and what happened at their doors. */
final class HuaiyinDebtors {

    private HuaiyinDebtors() {
    }

    /** What happened at one debtor's door, and the case behind it. */
    record Debtor(String respondent, Party applicant, String cause, String principal, String costs, String filedOn,
                  String village, double lat, double lng, String arrived, boolean found, boolean summoned,
                  String paidOnSite, int settlementInstallments, boolean concluded) {

        String basisDocument(int n) {
            return "(" + filedOn.substring(0, 4) + ")苏0804民初" + (1200 + n * 37) + "号民事判决书";
        }

        BigDecimal owed() {
            return yuan(principal).add(yuan(costs));
        }
    }

    static Party person(String name, int n) {
        return Party.person(name, "3208041975" + String.format("%02d", n % 12 + 1) + "15" + String.format("%04d", 1000 + n * 7),
                "1390517" + String.format("%04d", 2000 + n * 13), "江苏省淮安市淮阴区某小区" + n + "号楼");
    }

    private static Party company(String name, int n) {
        return Party.organization(name, "91320804MA1" + String.format("%07d", 4000 + n * 31), "江苏省淮安市淮阴区长江东路" + n + "号");
    }

    /** The 26 debtors sought, in the order the teams reached them. */
    static List<Debtor> all() {
        List<Debtor> d = new ArrayList<>();
        d.add(new Debtor("李建军", company("淮安市某建材有限公司", 1), "买卖合同纠纷", "38600.00", "820.00", "2022-09-14",
                "王营镇某村", 33.6412, 119.0387, "05:49", true, false, "39420.00", 0, true));
        d.add(new Debtor("王海涛", person("孙明", 2), "民间借贷纠纷", "45000.00", "1050.00", "2022-10-20",
                "渔沟镇某村", 33.7020, 119.1010, "06:28", true, true, "46050.00", 0, true));
        d.add(new Debtor("秦立新", person("张国华", 3), "借款合同纠纷", "52000.00", "1300.00", "2023-01-10",
                "王营镇某村", 33.6590, 119.0520, "06:05", true, true, "20000.00", 0, false));
        d.add(new Debtor("刘长春", person("周大勇", 4), "劳务合同纠纷", "12800.00", "50.00", "2022-11-02",
                "徐溜镇某村", 33.6005, 119.0804, "06:02", true, false, "12850.00", 0, true));
        d.add(new Debtor("陈国庆", person("李秀英", 5), "追索劳动报酬纠纷", "8600.00", "0.00", "2022-11-15",
                "淮高镇某村", 33.6150, 118.9850, "05:58", true, false, "8600.00", 0, true));
        d.add(new Debtor("杨志刚", company("江苏某农资有限公司", 6), "买卖合同纠纷", "21500.00", "400.00", "2022-08-30",
                "丁集镇某村", 33.7305, 118.9502, "06:41", true, false, "21900.00", 0, true));
        d.add(new Debtor("赵红梅", company("淮安某置业有限公司", 7), "房屋租赁合同纠纷", "16000.00", "300.00", "2022-10-08",
                "王家营街道某小区", 33.6201, 119.0301, "06:12", true, false, "16300.00", 0, true));
        d.add(new Debtor("黄德福", person("陆建华", 8), "机动车交通事故责任纠纷", "27800.00", "580.00", "2022-07-19",
                "三树镇某村", 33.5702, 119.0204, "06:20", true, false, "28380.00", 0, true));
        d.add(new Debtor("周文斌", person("蒋立平", 9), "民间借贷纠纷", "30000.00", "650.00", "2022-12-01",
                "南陈集镇某村", 33.6802, 118.8905, "06:55", true, false, "30650.00", 0, true));
        d.add(new Debtor("吴春生", person("沈玉珍", 10), "追索劳动报酬纠纷", "9200.00", "0.00", "2022-12-12",
                "袁集乡某村", 33.6608, 118.9607, "06:33", true, false, "9200.00", 0, true));
        d.add(new Debtor("徐永安", company("淮安某装饰工程有限公司", 11), "装饰装修合同纠纷", "14600.00", "310.00", "2022-09-27",
                "长江路街道某小区", 33.6255, 119.0405, "06:15", true, false, "14910.00", 0, true));
        d.add(new Debtor("孙丽娟", company("淮安某物业服务有限公司", 12), "物业服务合同纠纷", "6480.00", "50.00", "2022-11-21",
                "王家营街道某小区", 33.6180, 119.0250, "06:24", true, false, "6530.00", 0, true));
        d.add(new Debtor("马成龙", company("淮阴区某五金经营部", 13), "买卖合同纠纷", "18700.00", "390.00", "2022-10-31",
                "码头镇某村", 33.5805, 118.9408, "07:05", true, false, "19090.00", 0, true));
        d.add(new Debtor("朱宝华", person("钱文军", 14), "民间借贷纠纷", "11000.00", "230.00", "2022-12-20",
                "老张集乡某村", 33.7502, 119.0006, "07:12", true, false, "11230.00", 0, true));
        d.add(new Debtor("胡启明", company("江苏某小额贷款有限公司", 15), "金融借款合同纠纷", "60000.00", "1350.00", "2022-06-15",
                "刘老庄镇某村", 33.7104, 119.0508, "06:47", true, true, "15000.00", 0, false));
        d.add(new Debtor("郭建平", person("韩玉梅", 16), "民间借贷纠纷", "80000.00", "1800.00", "2022-05-23",
                "五里镇某村", 33.6006, 119.1102, "06:38", true, true, "10000.00", 0, false));
        d.add(new Debtor("何玉兰", company("淮安某商贸有限公司", 17), "买卖合同纠纷", "40000.00", "850.00", "2022-09-05",
                "赵集镇某村", 33.6903, 118.9304, "07:20", true, false, "8000.00", 3, false));
        d.add(new Debtor("高洪波", person("许静", 18), "民间借贷纠纷", "36000.00", "780.00", "2022-08-12",
                "吴集镇某村", 33.7401, 119.0709, "07:01", true, false, null, 3, false));
        d.add(new Debtor("林志勇", company("淮安某汽车租赁有限公司", 19), "租赁合同纠纷", "24000.00", "500.00", "2022-10-25",
                "棉花庄镇某村", 33.6407, 118.9106, "07:28", true, false, null, 2, false));
        d.add(new Debtor("罗世杰", person("丁海燕", 20), "追索劳动报酬纠纷", "15600.00", "0.00", "2022-11-28",
                "西宋集镇某村", 33.7706, 119.0305, "07:35", true, false, null, 2, false));
        d.add(new Debtor("郑卫东", company("江苏某银行股份有限公司淮安分行", 21), "金融借款合同纠纷", "120000.00", "2600.00",
                "2022-04-18", "古清口街道某小区", 33.6304, 119.0106, "06:08", true, true, null, 0, false));
        d.add(new Debtor("梁晓峰", person("曹建国", 22), "民间借贷纠纷", "65000.00", "1430.00", "2022-07-07",
                "王营镇某村", 33.6503, 119.0605, "06:18", true, true, null, 0, false));
        d.add(new Debtor("谢金山", company("淮安某建筑工程有限公司", 23), "建设工程施工合同纠纷", "98000.00", "2100.00", "2022-03-29",
                "渔沟镇某村", 33.7109, 119.1208, "06:51", true, true, null, 0, false));
        d.add(new Debtor("宋红军", person("彭丽", 24), "民间借贷纠纷", "42000.00", "900.00", "2022-06-30",
                "徐溜镇某村", 33.5906, 119.0907, "06:44", true, true, null, 0, false));
        d.add(new Debtor("唐国强", company("淮安某运输有限公司", 25), "运输合同纠纷", "33000.00", "700.00", "2022-08-22",
                "凌桥乡某村", 33.6709, 119.1406, "07:08", false, false, null, 0, false));
        d.add(new Debtor("韩学文", person("蔡文华", 26), "民间借贷纠纷", "27000.00", "560.00", "2022-12-28",
                "韩桥乡某村", 33.7208, 118.9806, "07:16", false, false, null, 0, false));
        return d;
    }

    /** What the teams recorded at a debtor's door (the officer; the judge for a settlement), in order. */
    static List<Entry> entriesAt(Debtor d, String officer, String judge, UUID target) {
        List<Entry> e = new ArrayList<>();
        e.add(new Entry("ARRIVED", target, d.arrived(), null, officer));
        if (!d.found()) {
            e.add(new Entry("DEBTOR_NOT_FOUND", target, plus(d.arrived(), 12), obj("note", "住所无人，邻居称其已外出务工"),
                    officer));
            return e;
        }
        e.add(new Entry("DEBTOR_FOUND", target, plus(d.arrived(), 2), null, officer));
        if (d.respondent().equals("王海涛")) {
            e.add(new Entry("NOTE", target, plus(d.arrived(), 3), obj("note", "被执行人已收拾好行李，准备天亮后离淮外出"),
                    officer));
        }
        if (d.summoned()) {
            e.add(new Entry("SUMMONED", target, plus(d.arrived(), 8), obj("durationHours", 8,
                    "note", "经传唤无正当理由拒不到场，依法拘传到院"), officer));
        }
        if (d.paidOnSite() != null) {
            // Those summoned pay at the court after questioning; the others at home.
            String when = d.summoned() ? plus("08:30", (int) (d.lat() * 1000) % 50) : plus(d.arrived(), 25);
            e.add(new Entry("PAID_ON_SITE", target, when, obj("amount", yuan(d.paidOnSite()),
                    "payer", d.respondent()), officer));
        }
        if (d.settlementInstallments() > 0) {
            BigDecimal rest = d.owed().subtract(d.paidOnSite() == null ? BigDecimal.ZERO : yuan(d.paidOnSite()));
            int n = d.settlementInstallments();
            BigDecimal each = rest.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
            List<Map<String, Object>> plan = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                BigDecimal amount = k < n ? each : rest.subtract(each.multiply(BigDecimal.valueOf(n - 1)));
                plan.add(obj("dueOn", Huaiyin.RAID_DAY.plusMonths(k).toString(), "amount", amount));
            }
            e.add(new Entry("SETTLEMENT_REACHED", target, plus(d.arrived(), 40), obj("total", rest,
                    "installments", plan, "terms", "现场达成执行和解，余款" + rest.toPlainString() + "元分" + n + "期履行"),
                    judge));
        }
        return e;
    }

    static String plus(String localTime, int minutes) {
        return LocalTime.parse(localTime).plusMinutes(minutes).toString();
    }
}
