package org.enforcement.rules.measures;

import java.util.Optional;

/**
 * How long questioning after a compulsory summons (拘传) may last: {@value #MIN_HOURS} to {@value #MAX_HOURS} hours;
 * up to {@value #MAX_HOURS_COMPLEX} hours where the situation is complex and detention may follow (调查询问的时间不得超过
 * 八小时；情况复杂，依法可能采取拘留措施的，调查询问的时间不得超过二十四小时). case-service checks it when a summons is
 * ordered, operation-service when one is recorded in the field.
 */
public final class SummonsDuration {

    public static final String LEGAL_BASIS = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十二条";

    public static final int MIN_HOURS = 1;
    /** Longest questioning of an ordinary summons; longer needs {@code complex} (and, ordered, the director). */
    public static final int MAX_HOURS = 8;
    public static final int MAX_HOURS_COMPLEX = 24;

    /** The problem type (slug) of a breach. */
    public static final String RULE = "summons-duration";

    private SummonsDuration() {
    }

    /**
     * Why {@code hours} of questioning break the rule, or empty when they do not. {@code participle} ends the
     * sentence: "ordered" or "recorded".
     */
    public static Optional<String> breach(int hours, boolean complex, String participle) {
        if (hours < MIN_HOURS) {
            return Optional.of("A compulsory summons (拘传) is for questioning of " + MIN_HOURS + " to " + MAX_HOURS
                    + " hours, " + MAX_HOURS_COMPLEX + " where complex (" + LEGAL_BASIS + "); " + hours
                    + " hours were " + participle + ".");
        }
        if (hours > MAX_HOURS_COMPLEX) {
            return Optional.of("Questioning after a compulsory summons (拘传) may last at most " + MAX_HOURS_COMPLEX
                    + " hours even where the situation is complex and detention may follow (" + LEGAL_BASIS + "); "
                    + hours + " hours were " + participle + ".");
        }
        if (hours > MAX_HOURS && !complex) {
            return Optional.of("Questioning after a compulsory summons (拘传) may last at most " + MAX_HOURS
                    + " hours; up to " + MAX_HOURS_COMPLEX + " hours only where the situation is complex and"
                    + " detention may follow (set complex: true) (" + LEGAL_BASIS + "); " + hours + " hours were "
                    + participle + ".");
        }
        return Optional.empty();
    }

    /** Within the rule, questioning beyond {@value #MAX_HOURS} hours is the complex case. */
    public static boolean isExtended(int hours) {
        return hours > MAX_HOURS;
    }
}
