package org.enforcement.rules.measures;

import java.util.Optional;

/**
 * How long a judicial detention (司法拘留) may run: {@value #MIN_DAYS} to {@value #MAX_DAYS} days (拘留的期限，为十五日以下).
 * case-service checks it when a detention is ordered, operation-service bounds the days recorded in the field by it.
 */
public final class DetentionTerm {

    /** The article also sets the fines (罚款). */
    public static final String LEGAL_BASIS = "《中华人民共和国民事诉讼法》第一百一十八条";

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 15;

    /** The problem type (slug) of a breach. */
    public static final String RULE = "detention-days";

    private DetentionTerm() {
    }

    /** Why {@code days} of detention break the rule, or empty; {@code participle} ends the sentence ("ordered"). */
    public static Optional<String> breach(int days, String participle) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            return Optional.of("Judicial detention (司法拘留) is for " + MIN_DAYS + " to " + MAX_DAYS + " days ("
                    + LEGAL_BASIS + ": 拘留的期限，为十五日以下); " + days + " days were " + participle + ".");
        }
        return Optional.empty();
    }
}
