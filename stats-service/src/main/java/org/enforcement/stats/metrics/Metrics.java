package org.enforcement.stats.metrics;

import java.util.List;
import java.util.Set;

/** The names of the daily metrics, and which are counts (shown whole) rather than money. */
public final class Metrics {

    public static final String CASES_FILED = "cases_filed";
    public static final String OWED_FILED = "owed_filed";
    public static final String CASES_CONCLUDED = "cases_concluded";
    public static final String CONCLUDED_PREFIX = "concluded_";
    public static final String CONCLUDED_FULLY_PERFORMED = "concluded_FULLY_PERFORMED";
    public static final String CONCLUDED_SETTLEMENT_PERFORMED = "concluded_SETTLEMENT_PERFORMED";
    public static final String CONCLUDED_TERMINATED_THIS_ROUND = "concluded_TERMINATED_THIS_ROUND";
    public static final String CONCLUDED_TERMINATED = "concluded_TERMINATED";
    public static final String DAYS_TO_CONCLUDE_SUM = "days_to_conclude_sum";
    public static final String CASES_RESUMED = "cases_resumed";
    public static final String COLLECTED = "collected";
    public static final String DISBURSED = "disbursed";
    public static final String SETTLEMENTS = "settlements";
    public static final String SETTLED_TOTAL = "settled_total";
    public static final String INSTALLMENTS_MISSED = "installments_missed";
    public static final String MEASURES_ORDERED = "measures_ordered";
    public static final String OPERATIONS = "operations";
    public static final String OFFICERS_DEPLOYED = "officers_deployed";
    public static final String OPERATION_TARGETS = "operation_targets";
    public static final String WITNESSES = "witnesses";
    public static final String DEBTORS_FOUND = "debtors_found";
    public static final String SUMMONED = "summoned";
    public static final String DETAINED = "detained";
    public static final String PAID_ON_SITE = "paid_on_site";
    public static final String COLLECTED_ON_SITE = "collected_on_site";
    public static final String SETTLEMENTS_ON_SITE = "settlements_on_site";
    public static final String STREAMS = "streams";
    public static final String VIEWERS = "viewers";

    /** Every metric, in the order the API lists them. */
    public static final List<String> ALL = List.of(CASES_FILED, OWED_FILED, CASES_CONCLUDED,
            CONCLUDED_FULLY_PERFORMED, CONCLUDED_SETTLEMENT_PERFORMED, CONCLUDED_TERMINATED_THIS_ROUND,
            CONCLUDED_TERMINATED, DAYS_TO_CONCLUDE_SUM, CASES_RESUMED, COLLECTED, DISBURSED, SETTLEMENTS,
            SETTLED_TOTAL, INSTALLMENTS_MISSED, MEASURES_ORDERED, OPERATIONS, OFFICERS_DEPLOYED, OPERATION_TARGETS,
            WITNESSES, DEBTORS_FOUND, SUMMONED, DETAINED, PAID_ON_SITE, COLLECTED_ON_SITE, SETTLEMENTS_ON_SITE,
            STREAMS, VIEWERS);

    /** Amounts of money (two decimals); every other metric is a count or a number of days or people. */
    public static final Set<String> MONEY = Set.of(OWED_FILED, COLLECTED, DISBURSED, SETTLED_TOTAL,
            COLLECTED_ON_SITE);

    private Metrics() {
    }
}
