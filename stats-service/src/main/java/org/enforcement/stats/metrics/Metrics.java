package org.enforcement.stats.metrics;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the daily metrics, and which are counts (shown whole) rather than money. Besides the fixed ones in
 * {@link #ALL}, three families are named after a value of the event: {@code concluded_<CONCLUSION_TYPE>},
 * {@code streams_platforms_<n>} (n = 1..99), {@code viewers_on_<PLATFORM>} and {@code streams_on_<PLATFORM>}; they are
 * listed when they occur.
 */
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
    /**
     * Distinct platforms that carried a stream or counted viewers in the period: worked out from the per-platform
     * families when a report is read ({@link #platformsOf}), never stored, so it cannot be summed over days.
     */
    public static final String PLATFORMS = "platforms";
    /** Per stream the number of platforms carrying it, summed (stream_platforms / streams is the average reach). */
    public static final String STREAM_PLATFORMS = "stream_platforms";
    public static final String QUESTIONS_ANSWERED = "questions_answered";
    /** Streams carried on exactly n platforms: {@code streams_platforms_2}... */
    public static final String STREAMS_PLATFORMS_PREFIX = "streams_platforms_";
    /** Cumulative viewers per platform enum name: {@code viewers_on_DOUYIN}... */
    public static final String VIEWERS_ON_PREFIX = "viewers_on_";
    /** Streams carried per platform enum name: {@code streams_on_DOUYIN}... */
    public static final String STREAMS_ON_PREFIX = "streams_on_";
    /** Measures ordered per measure type: {@code measures_ordered_SEARCH}... (their sum is measures_ordered). */
    public static final String MEASURES_ORDERED_PREFIX = "measures_ordered_";
    /**
     * Measures carried out per measure type, on the day of their result: {@code measures_carried_out_AUCTION} (an
     * auction sold), {@code measures_carried_out_VALUATION}, {@code measures_carried_out_HANDOVER}...
     */
    public static final String MEASURES_CARRIED_OUT_PREFIX = "measures_carried_out_";

    /** The families of metrics whose names end in a value of the event (a conclusion type, a platform...). */
    public static final List<String> PREFIXES = List.of(CONCLUDED_PREFIX, STREAMS_PLATFORMS_PREFIX,
            VIEWERS_ON_PREFIX, STREAMS_ON_PREFIX, MEASURES_ORDERED_PREFIX, MEASURES_CARRIED_OUT_PREFIX);

    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z_]{1,40}");
    private static final Pattern PLATFORM_COUNT = Pattern.compile("[1-9][0-9]?");

    /** Every metric, in the order the API lists them. */
    public static final List<String> ALL = List.of(CASES_FILED, OWED_FILED, CASES_CONCLUDED,
            CONCLUDED_FULLY_PERFORMED, CONCLUDED_SETTLEMENT_PERFORMED, CONCLUDED_TERMINATED_THIS_ROUND,
            CONCLUDED_TERMINATED, DAYS_TO_CONCLUDE_SUM, CASES_RESUMED, COLLECTED, DISBURSED, SETTLEMENTS,
            SETTLED_TOTAL, INSTALLMENTS_MISSED, MEASURES_ORDERED, OPERATIONS, OFFICERS_DEPLOYED, OPERATION_TARGETS,
            WITNESSES, DEBTORS_FOUND, SUMMONED, DETAINED, PAID_ON_SITE, COLLECTED_ON_SITE, SETTLEMENTS_ON_SITE,
            STREAMS, VIEWERS, PLATFORMS, STREAM_PLATFORMS, QUESTIONS_ANSWERED);

    /** The metrics stored per day and summed over days and courts: every one of {@link #ALL} but platforms. */
    public static final List<String> SUMMED = ALL.stream().filter(m -> !m.equals(PLATFORMS)).toList();

    /** Amounts of money (two decimals); every other metric is a count or a number of days or people. */
    public static final Set<String> MONEY = Set.of(OWED_FILED, COLLECTED, DISBURSED, SETTLED_TOTAL,
            COLLECTED_ON_SITE);

    private Metrics() {
    }

    /**
     * Whether {@code metric} adds up over days and courts, so a key task or a ranking may use it: every known metric
     * (families included) but platforms.
     */
    public static boolean isSummed(String metric) {
        return SUMMED.contains(metric) || prefixOf(metric) != null;
    }

    /** Whether {@code metric} is a known fixed metric or a well-formed member of one of the {@link #PREFIXES}. */
    public static boolean isKnown(String metric) {
        return metric != null && (ALL.contains(metric) || prefixOf(metric) != null);
    }

    /** The family {@code metric} belongs to ({@code concluded_}, {@code viewers_on_}...), null when none. */
    public static String prefixOf(String metric) {
        if (metric == null) {
            return null;
        }
        if (metric.startsWith(STREAMS_PLATFORMS_PREFIX)) {
            return PLATFORM_COUNT.matcher(metric.substring(STREAMS_PLATFORMS_PREFIX.length())).matches()
                    ? STREAMS_PLATFORMS_PREFIX : null;
        }
        for (String prefix : List.of(CONCLUDED_PREFIX, VIEWERS_ON_PREFIX, STREAMS_ON_PREFIX, MEASURES_ORDERED_PREFIX,
                MEASURES_CARRIED_OUT_PREFIX)) {
            if (metric.startsWith(prefix) && ENUM_NAME.matcher(metric.substring(prefix.length())).matches()) {
                return prefix;
            }
        }
        return null;
    }

    /**
     * The distinct platforms among sums of one period: those with a stream carried or viewers counted on them
     * (figures read before streams_on_ existed have only viewers_on_).
     */
    public static BigDecimal platformsOf(Map<String, BigDecimal> sums) {
        Set<String> platforms = new HashSet<>();
        sums.forEach((metric, value) -> {
            if (value != null && value.signum() > 0) {
                for (String prefix : List.of(STREAMS_ON_PREFIX, VIEWERS_ON_PREFIX)) {
                    if (metric.startsWith(prefix)) {
                        platforms.add(metric.substring(prefix.length()));
                    }
                }
            }
        });
        return BigDecimal.valueOf(platforms.size());
    }

    /** {@code suffix} is fit to end a metric name of the enum-named families (an upper-case enum name). */
    public static boolean isEnumName(String suffix) {
        return suffix != null && ENUM_NAME.matcher(suffix).matches();
    }
}
