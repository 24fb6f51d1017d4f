package org.enforcement.cases.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.enforcement.cases.casefiles.PartyKind;
import org.enforcement.rules.measures.DetentionTerm;
import org.enforcement.rules.measures.SummonsDuration;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * The legal limits of coercive and enforcement measures, in one place. Pure: no database, no clock, no caller, so
 * every bound can be unit-tested directly. {@link #evaluate} either permits an order (saying whether the director
 * must approve it first) or names the rule it breaks with the provision that sets it.
 */
public final class MeasurePolicy {

    // --- Citations ------------------------------------------------------------------------------------------------

    /** Fines (个人十万元以下, 单位五万元以上一百万元以下) and detention (十五日以下). */
    public static final String CIVIL_PROCEDURE_LAW_ART_118 = DetentionTerm.LEGAL_BASIS;

    /** Questioning after a compulsory summons: the rule and its citation live in {@link SummonsDuration}. */
    public static final String CIVIL_PROCEDURE_INTERPRETATION_ART_482 = SummonsDuration.LEGAL_BASIS;

    /**
     * Handing over property named in the judgment (法律文书指定交付的财物或者票证) and compelled eviction from premises
     * or land (强制迁出房屋或者强制退出土地), 2023 text of the Civil Procedure Law.
     */
    public static final String CIVIL_PROCEDURE_LAW_ART_260_261 = "《中华人民共和国民事诉讼法》第二百六十条、第二百六十一条";

    /** Dishonest-debtor listing: 2 years, extendable by 1 to 3 years (纳入失信被执行人名单的期限为二年 … 可以延长一至三年). */
    public static final String DISHONEST_LIST_RULES_ART_2 = "《最高人民法院关于公布失信被执行人名单信息的若干规定》第二条";

    // --- Compulsory summons (拘传): see SummonsDuration --------------------------------------------------------

    // --- Judicial detention (司法拘留): see DetentionTerm ------------------------------------------------------

    // --- Fines (罚款) ---------------------------------------------------------------------------------------------

    /**
     * The highest fine on a natural person, itself included: "十万元以下" counts 100,000 in (以下 includes the number
     * itself, 《中华人民共和国民法典》第一千二百五十九条).
     */
    public static final BigDecimal FINE_PERSON_MAX = new BigDecimal("100000.00");
    /** An organisation's fine is between these amounts, both included. */
    public static final BigDecimal FINE_ORGANIZATION_MIN = new BigDecimal("50000.00");
    public static final BigDecimal FINE_ORGANIZATION_MAX = new BigDecimal("1000000.00");

    // --- Dishonest-debtor list (失信被执行人名单) -----------------------------------------------------------------

    /** The ordinary listing term. */
    public static final int LISTING_NORMAL_YEARS = 2;
    /** The ordinary term plus the longest extension (1 to 3 years): the longest a listing may run. */
    public static final int LISTING_MAX_YEARS = LISTING_NORMAL_YEARS + 3;

    private MeasurePolicy() {
    }

    /** What {@link #evaluate} decided. */
    public sealed interface Verdict permits Permitted, Violation {
    }

    /** Within the law; {@code approvalRequired} when the director must approve before the measure is in force. */
    public record Permitted(boolean approvalRequired) implements Verdict {
    }

    /** Outside the law: {@code rule} is a stable slug, {@code field} the request field at fault. */
    public record Violation(String rule, String field, String detail, String legalBasis) implements Verdict {
    }

    /**
     * The terms of an order as the policy sees them; the caller has already checked that the fields the type
     * needs are present. {@code respondentKind} is null when the measure targets no respondent.
     */
    public record Terms(MeasureType type, PartyKind respondentKind, Integer durationHours, boolean complex,
                        Integer detentionDays, BigDecimal amount, LocalDate startsOn, LocalDate endsOn) {
    }

    public static Verdict evaluate(Terms t) {
        return switch (t.type()) {
            case SUMMONS -> summons(t.durationHours(), t.complex());
            case DETENTION -> detention(t.detentionDays());
            case FINE -> fine(t.respondentKind(), t.amount());
            case DISHONEST_LISTING -> listing(t.startsOn(), t.endsOn());
            // The search warrant (搜查令) is signed by the head of the bureau.
            case SEARCH -> new Permitted(true);
            case PROPERTY_REPORT_ORDER, CONSUMPTION_RESTRICTION, SEIZURE, FREEZE, VALUATION, AUCTION, HANDOVER ->
                    new Permitted(false);
        };
    }

    /** {@link SummonsDuration}; beyond 8 hours (complex) only with the director's approval. */
    static Verdict summons(int hours, boolean complex) {
        return SummonsDuration.breach(hours, complex, "ordered")
                .<Verdict>map(detail -> new Violation(SummonsDuration.RULE, "durationHours", detail,
                        SummonsDuration.LEGAL_BASIS))
                .orElseGet(() -> new Permitted(SummonsDuration.isExtended(hours)));
    }

    /** {@link DetentionTerm}; detention always needs the director's approval. */
    static Verdict detention(int days) {
        return DetentionTerm.breach(days, "ordered")
                .<Verdict>map(detail -> new Violation(DetentionTerm.RULE, "detentionDays", detail,
                        DetentionTerm.LEGAL_BASIS))
                .orElseGet(() -> new Permitted(true));
    }

    /** A person: above 0 up to and including 100,000.00; an organisation: 50,000.00 to 1,000,000.00. */
    static Verdict fine(PartyKind kind, BigDecimal amount) {
        if (kind == PartyKind.ORGANIZATION) {
            if (amount.compareTo(FINE_ORGANIZATION_MIN) < 0 || amount.compareTo(FINE_ORGANIZATION_MAX) > 0) {
                return new Violation("fine-amount", "amount",
                        "A fine (罚款) on an organisation is " + FINE_ORGANIZATION_MIN.toPlainString() + " to "
                                + FINE_ORGANIZATION_MAX.toPlainString() + " yuan (" + CIVIL_PROCEDURE_LAW_ART_118
                                + ": 对单位的罚款金额，为人民币五万元以上一百万元以下); "
                                + amount.toPlainString() + " yuan was ordered.", CIVIL_PROCEDURE_LAW_ART_118);
            }
        } else if (amount.compareTo(FINE_PERSON_MAX) > 0) {
            return new Violation("fine-amount", "amount",
                    "A fine (罚款) on a natural person is at most " + FINE_PERSON_MAX.toPlainString()
                            + " yuan (" + CIVIL_PROCEDURE_LAW_ART_118 + ": 对个人的罚款金额，为人民币十万元以下); "
                            + amount.toPlainString() + " yuan was ordered.", CIVIL_PROCEDURE_LAW_ART_118);
        }
        return new Permitted(false);
    }

    /** The listing ends at most 5 years (2 years plus an extension of up to 3) after it starts. */
    static Verdict listing(LocalDate startsOn, LocalDate endsOn) {
        LocalDate latest = startsOn.plusYears(LISTING_MAX_YEARS);
        if (endsOn.isAfter(latest)) {
            return new Violation("listing-term", "endsOn",
                    "A dishonest-debtor listing (失信被执行人名单) runs " + LISTING_NORMAL_YEARS
                            + " years, extendable by 1 to 3 years, so at most " + LISTING_MAX_YEARS + " years ("
                            + DISHONEST_LIST_RULES_ART_2 + "); a listing from " + startsOn + " must end by " + latest
                            + ", not " + endsOn + ".", DISHONEST_LIST_RULES_ART_2);
        }
        return new Permitted(false);
    }

    /** The provision that bounds a measure of this type, or null when this service checks no limit for it. */
    public static String legalBasis(MeasureType type) {
        return switch (type) {
            case SUMMONS -> CIVIL_PROCEDURE_INTERPRETATION_ART_482;
            case DETENTION, FINE -> CIVIL_PROCEDURE_LAW_ART_118;
            case DISHONEST_LISTING -> DISHONEST_LIST_RULES_ART_2;
            case HANDOVER -> CIVIL_PROCEDURE_LAW_ART_260_261;
            default -> null;
        };
    }
}
