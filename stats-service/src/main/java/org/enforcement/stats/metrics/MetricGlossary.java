package org.enforcement.stats.metrics;

/**
 * What each metric counts, from which event, on which day: the text the OpenAPI document carries wherever metrics
 * appear (a constant, so annotations can use it). MetricGlossaryTest fails when a metric of {@link Metrics} is
 * missing here.
 */
public final class MetricGlossary {

    /** Markdown list of every metric and family. Every figure falls on its business day (Asia/Shanghai). */
    public static final String TEXT = "Metric names and what they count (each on the day it happened, Asia/Shanghai;"
            + " counts are whole, money in yuan with two decimals):\n"
            + "- `cases_filed` (立案数): cases filed (CaseFiled).\n"
            + "- `owed_filed` (立案标的金额): yuan owed by the cases filed.\n"
            + "- `cases_concluded` (执结数): cases concluded (CaseConcluded).\n"
            + "- `concluded_<TYPE>`: cases concluded by type: FULLY_PERFORMED (执行完毕), SETTLEMENT_PERFORMED"
            + " (和解履行完毕), TERMINATED_THIS_ROUND (终结本次执行程序), TERMINATED (终结执行).\n"
            + "- `days_to_conclude_sum` (执结用时合计): days from filing to conclusion, summed over the cases concluded.\n"
            + "- `cases_resumed` (恢复执行数): cases resumed after a conclusion (CaseResumed).\n"
            + "- `collected` (执行到位金额): yuan paid in, of every kind (on site, transfer, auction), less"
            + " reversals (PaymentRecorded, PaymentReversed).\n"
            + "- `disbursed` (发放案款金额): yuan paid out to applicants (DisbursementApproved).\n"
            + "- `settlements` (执行和解数): settlement agreements signed (SettlementSigned), on site or not.\n"
            + "- `settled_total` (和解金额): yuan agreed in those settlements.\n"
            + "- `installments_missed` (逾期未履行分期数): installments of a settlement not paid by their due day.\n"
            + "- `measures_ordered` (执行措施数): enforcement measures ordered (MeasureOrdered).\n"
            + "- `measures_ordered_<TYPE>` (执行措施数（类型）): measures ordered of one type: SUMMONS, DETENTION, FINE,"
            + " PROPERTY_REPORT_ORDER, DISHONEST_LISTING, CONSUMPTION_RESTRICTION, SEARCH, SEIZURE, FREEZE,"
            + " VALUATION, AUCTION, HANDOVER.\n"
            + "- `measures_carried_out_<TYPE>` (执行措施完成数（类型）): measures of one type carried out, on the day of"
            + " their result (MeasureExecuted, ValuationRecorded, AuctionSold; a measure done in the field as it was"
            + " ordered, e.g. a hand-over, on that day): measures_carried_out_AUCTION counts auctions sold.\n"
            + "- `operations` (集中执行行动数): concentrated operations closed (OperationClosed).\n"
            + "- `officers_deployed` (出动干警人次): officers deployed in those operations (person-times).\n"
            + "- `operation_targets` (查找被执行人数): debtors the operations set out to find.\n"
            + "- `witnesses` (见证人数): witnesses taking part in those operations.\n"
            + "- `debtors_found` (找到被执行人数): targets whose debtor was found (TargetOutcome DEBTOR_FOUND).\n"
            + "- `summoned` (拘传人数): debtors brought in by compulsory summons (TargetOutcome SUMMONED).\n"
            + "- `detained` (司法拘留人数): debtors detained (TargetOutcome DETAINED).\n"
            + "- `paid_on_site` (现场履行人数): debtors who paid on site (TargetOutcome PAID_ON_SITE).\n"
            + "- `collected_on_site` (现场执行到位金额): yuan they paid on site; part of `collected` once"
            + " case-service has booked it.\n"
            + "- `settlements_on_site` (现场达成和解数): settlements reached on site (TargetOutcome"
            + " SETTLEMENT_REACHED).\n"
            + "- `streams` (网络直播场次): live streams ended (StreamEnded).\n"
            + "- `viewers` (观看人次): their cumulative views over every platform (person-times).\n"
            + "- `viewers_on_<PLATFORM>` (观看人次（平台）): cumulative views on one platform, e.g."
            + " viewers_on_DOUYIN.\n"
            + "- `streams_on_<PLATFORM>` (网络直播场次（平台）): streams carried on one platform.\n"
            + "- `platforms` (直播平台数): distinct platforms that carried a stream or counted viewers in the period;"
            + " worked out per period, not a sum of days, so it cannot be a key task's or ranking's metric.\n"
            + "- `stream_platforms` (直播平台场次): per stream the number of platforms carrying it, summed"
            + " (stream_platforms / streams is the average reach).\n"
            + "- `streams_platforms_<n>` (网络直播场次（n个平台同步）): streams carried on exactly n platforms.\n"
            + "- `questions_answered` (解答网友提问数): viewers' questions answered during the streams.";

    private MetricGlossary() {
    }
}
