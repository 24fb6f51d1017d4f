package org.enforcement.operations.timeline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcement.rules.privacy.Masking;

/**
 * Chinese descriptions of timeline entries for printed records, e.g. "到达被执行人住所", "现场履行 20000.00 元".
 * Names are masked and free text has ID numbers and phone numbers blanked out, the way courts publish.
 */
public final class TimelineDescriptions {

    /** Resident ID numbers (18 characters, or the old 15 digits). */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    /** Mobile numbers, optionally with +86, and landlines with an area code (0517-83912345). */
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)|(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)");

    private TimelineDescriptions() {
    }

    public static String describe(TimelineEventType type, TimelineDetails d) {
        String text = switch (type) {
            case ASSEMBLED -> "集合完毕";
            case DEPARTED -> "出发";
            case CLOSED -> "收队，行动结束";
            case TEAM_RETURNED -> "执行小组返回";
            case ARRIVED -> "到达被执行人住所";
            case DEBTOR_FOUND -> "查找到被执行人";
            case DEBTOR_NOT_FOUND -> "未找到被执行人";
            case RELATIVES_ORDERED_TO_APPEAR -> "责令被执行人亲属于 " + d.minutes() + " 分钟内通知被执行人到场";
            case PROPERTY_REPORT_REFUSED -> "被执行人拒绝报告财产";
            case SUMMONED -> "对被执行人拘传，调查询问时间不超过 " + d.durationHours() + " 小时"
                    + (Boolean.TRUE.equals(d.complex()) ? "（情况复杂）" : "");
            case DETAINED -> "决定对被执行人司法拘留 " + d.detentionDays() + " 日（报院长批准）";
            case PAID_ON_SITE -> "现场履行 " + d.amount().toPlainString() + " 元"
                    + (d.payer() == null ? "" : "（交款人：" + Masking.personName(d.payer()) + "）");
            case SETTLEMENT_REACHED -> "达成执行和解协议，总额 " + d.total().toPlainString() + " 元，分 "
                    + d.installments().size() + " 期履行" + installments(d.installments());
            case SEARCH_PERFORMED -> "在" + redact(d.procuratorate()) + "监督下依法搜查"
                    + (d.item() == null ? "" : "：" + redact(d.item()));
            case PROPERTY_VALUED -> "评估：" + redact(d.item()) + " 估价 " + d.amount().toPlainString() + " 元";
            case LOCK_CHANGED -> "强制开锁";
            case HANDED_OVER -> "责令交付：" + redact(d.item());
            case NOTE -> "记事";
        };
        if (d.note() != null) {
            text += "：" + redact(d.note());
        }
        return text;
    }

    /** Blanks out ID numbers and phone numbers in free text. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher ids = ID_NUMBER.matcher(text);
        String result = ids.replaceAll(m -> Matcher.quoteReplacement(Masking.idNumber(m.group())));
        Matcher phones = PHONE.matcher(result);
        return phones.replaceAll(m -> Matcher.quoteReplacement("*".repeat(m.group().length())));
    }

    private static String installments(List<TimelineDetails.Installment> plan) {
        StringBuilder sb = new StringBuilder("（");
        for (int i = 0; i < plan.size(); i++) {
            if (i > 0) {
                sb.append("；");
            }
            sb.append(plan.get(i).dueOn()).append(' ').append(plan.get(i).amount().toPlainString()).append(" 元");
        }
        return sb.append("）").toString();
    }
}
