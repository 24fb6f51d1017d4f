package org.enforcement.cases.casefiles;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * When a case concludes (执结): the one place that decides it, asked by a judge (the CONCLUDE transition) or after
 * money came in (a payment that settles everything). Pure: the facts come in, a verdict goes out.
 * <ul>
 *   <li>FULLY_PERFORMED (执行完毕): nothing is outstanding.</li>
 *   <li>SETTLEMENT_PERFORMED (和解履行完毕): a settlement agreement of the case was performed in full.</li>
 *   <li>TERMINATED_THIS_ROUND (终本) and TERMINATED (终结): the judge gives a reason.</li>
 * </ul>
 * A live settlement agreement ends with the conclusion. Which moves the status allows is {@link CaseLifecycle}'s.
 */
public final class ConclusionPolicy {

    static final String SETTLEMENT_PERFORMED_REASON = "和解协议履行完毕";
    static final String FULLY_PERFORMED_REASON = "全部履行完毕";

    private ConclusionPolicy() {
    }

    /** What a conclusion depends on besides the status move. */
    public record Facts(CaseStatus status, BigDecimal outstanding, boolean settlementPerformed) {
    }

    public sealed interface Verdict permits Concludes, Refused {
    }

    /**
     * The case concludes as {@code type}, the transition giving {@code reason}; the live agreement (if any) ends for
     * {@code agreementEnds}, or stays as it is when null (an agreement performed in full is no longer live).
     */
    public record Concludes(ConclusionType type, String reason, String agreementEnds) implements Verdict {
    }

    /** Not concluded, for {@code rule}; {@code outstanding} is what is still owed. */
    public record Refused(Rule rule, BigDecimal outstanding) implements Verdict {
    }

    public enum Rule { AMOUNT_OUTSTANDING, SETTLEMENT_NOT_PERFORMED, REASON_REQUIRED }

    /** A judge asks to conclude the case as {@code type} (the status move already allowed). */
    public static Verdict onRequest(ConclusionType type, String reason, Facts facts) {
        Refused refused = switch (type) {
            case FULLY_PERFORMED -> facts.outstanding().signum() > 0
                    ? new Refused(Rule.AMOUNT_OUTSTANDING, facts.outstanding()) : null;
            case SETTLEMENT_PERFORMED -> facts.settlementPerformed() ? null
                    : new Refused(Rule.SETTLEMENT_NOT_PERFORMED, facts.outstanding());
            case TERMINATED_THIS_ROUND, TERMINATED -> reason == null
                    ? new Refused(Rule.REASON_REQUIRED, facts.outstanding()) : null;
        };
        return refused != null ? refused : new Concludes(type, reason, "case concluded as " + type);
    }

    /**
     * After a payment the payer asked to conclude with: a case in enforcement concludes once its settlement is
     * performed, or once nothing is outstanding; otherwise it stays as it is.
     */
    public static Optional<Concludes> afterPayment(Facts facts) {
        if (facts.status() != CaseStatus.IN_ENFORCEMENT && facts.status() != CaseStatus.SETTLEMENT_PERFORMING) {
            return Optional.empty();
        }
        if (facts.status() == CaseStatus.SETTLEMENT_PERFORMING && facts.settlementPerformed()) {
            return Optional.of(new Concludes(ConclusionType.SETTLEMENT_PERFORMED, SETTLEMENT_PERFORMED_REASON, null));
        }
        if (facts.outstanding().signum() == 0) {
            return Optional.of(new Concludes(ConclusionType.FULLY_PERFORMED, FULLY_PERFORMED_REASON,
                    "everything owed was paid"));
        }
        return Optional.empty();
    }
}
