package org.enforcement.rules.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence a court's press release gives an action or a campaign ("此次行动共出动干警50人次，查找被执行人26人，拘传8人，
 * 现场执行到位金额30余万元，执结案件13件，达成和解4件，开展网络直播1场，观看90余万人次。"), written clause by clause in the
 * order courts report: people deployed and sought, coercive measures, money, cases, settlements, the live stream,
 * questions answered. One writer for operation-service's report and stats-service's press summary, so the same
 * figures always read the same.
 * <ul>
 * <li>A clause is written only when its figure is above zero (or known: a null figure is left out); nothing at all
 * reads {@link #NOTHING}.</li>
 * <li>Counts are exact; money and audiences are worded by {@link PublishedFigures}.</li>
 * <li>Money: all collected (执行到位金额: on site, transfers, auctions) and, when that is more, the part on site
 * ("执行到位金额1200余万元，其中现场执行到位金额30余万元"); when everything was collected on site, or the payments are not
 * known, the on-site clause alone ("现场执行到位金额30余万元").</li>
 * <li>Settlements likewise: all signed ("达成执行和解6件，其中现场达成和解4件"), or those on site alone ("达成和解4件").</li>
 * </ul>
 */
public final class PressSentence {

    /** What a text says when no figure is above zero. */
    public static final String NOTHING = "暂无可发布的执行数据。";
    /** The opening of one action's or one period's text. */
    public static final String ACTION = "此次行动共";

    private PressSentence() {
    }

    /**
     * The figures a press sentence is written from; null where not known (left out). {@code collected} and
     * {@code settlements} count everything, on site or not; {@code viewers} are person-times (人次).
     */
    public record Figures(BigDecimal officersDeployed, BigDecimal debtorsSought, BigDecimal summoned,
                          BigDecimal detained, BigDecimal collected, BigDecimal collectedOnSite,
                          BigDecimal casesConcluded, BigDecimal settlements, BigDecimal settlementsOnSite,
                          BigDecimal streams, BigDecimal viewers, BigDecimal questionsAnswered) {
    }

    /** The text of one action or period: "此次行动共出动干警50人次，…。" */
    public static String write(Figures f) {
        return write(f, ACTION);
    }

    /** The text opened by {@code opening}, which ends where the first figure follows (e.g. "…开展以来，共"). */
    public static String write(Figures f, String opening) {
        List<String> clauses = new ArrayList<>();
        count(clauses, "出动干警", f.officersDeployed(), "人次");
        count(clauses, "查找被执行人", f.debtorsSought(), "人");
        count(clauses, "拘传", f.summoned(), "人");
        count(clauses, "司法拘留", f.detained(), "人");
        BigDecimal collected = known(f.collected());
        BigDecimal onSite = known(f.collectedOnSite());
        if (collected.compareTo(onSite) > 0) {
            clauses.add("执行到位金额" + PublishedFigures.yuan(collected));
            if (onSite.signum() > 0) {
                clauses.add("其中现场执行到位金额" + PublishedFigures.yuan(onSite));
            }
        } else if (onSite.signum() > 0) {
            clauses.add("现场执行到位金额" + PublishedFigures.yuan(onSite));
        }
        count(clauses, "执结案件", f.casesConcluded(), "件");
        BigDecimal settlements = known(f.settlements());
        BigDecimal settlementsOnSite = known(f.settlementsOnSite());
        if (settlements.compareTo(settlementsOnSite) > 0) {
            clauses.add("达成执行和解" + PublishedFigures.count(settlements) + "件");
            count(clauses, "其中现场达成和解", settlementsOnSite, "件");
        } else {
            count(clauses, "达成和解", settlementsOnSite, "件");
        }
        BigDecimal streams = known(f.streams());
        BigDecimal viewers = known(f.viewers());
        if (streams.signum() > 0 && viewers.signum() > 0) {
            clauses.add("开展网络直播" + PublishedFigures.count(streams) + "场，观看" + PublishedFigures.personTimes(viewers));
        } else if (streams.signum() > 0) {
            clauses.add("开展网络直播" + PublishedFigures.count(streams) + "场");
        } else if (viewers.signum() > 0) {
            clauses.add("网络直播观看" + PublishedFigures.personTimes(viewers));
        }
        count(clauses, "解答网友提问", f.questionsAnswered(), "个");
        return clauses.isEmpty() ? NOTHING : opening + String.join("，", clauses) + "。";
    }

    private static void count(List<String> clauses, String before, BigDecimal value, String unit) {
        if (known(value).signum() > 0) {
            clauses.add(before + PublishedFigures.count(value) + unit);
        }
    }

    /** Unknown figures are left out like zeros; corrections may leave a negative sum, never published either. */
    private static BigDecimal known(BigDecimal value) {
        return value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
