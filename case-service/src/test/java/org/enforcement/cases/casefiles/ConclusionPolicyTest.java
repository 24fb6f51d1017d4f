package org.enforcement.cases.casefiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.enforcement.cases.casefiles.ConclusionPolicy.Concludes;
import org.enforcement.cases.casefiles.ConclusionPolicy.Facts;
import org.enforcement.cases.casefiles.ConclusionPolicy.Refused;
import org.enforcement.cases.casefiles.ConclusionPolicy.Rule;
import org.junit.jupiter.api.Test;

/** When a case concludes: asked by a judge, and after a payment; each rule just met and just missed. */
class ConclusionPolicyTest {

    private static final BigDecimal NOTHING = new BigDecimal("0.00");
    private static final BigDecimal ONE_FEN = new BigDecimal("0.01");

    @Test
    void shouldConcludeAsFullyPerformedOnlyWhenNothingIsOutstanding() {
        var facts = new Facts(CaseStatus.IN_ENFORCEMENT, NOTHING, false);
        assertThat(ConclusionPolicy.onRequest(ConclusionType.FULLY_PERFORMED, null, facts))
                .isEqualTo(new Concludes(ConclusionType.FULLY_PERFORMED, null, "case concluded as FULLY_PERFORMED"));

        var owing = new Facts(CaseStatus.IN_ENFORCEMENT, ONE_FEN, false);
        assertThat(ConclusionPolicy.onRequest(ConclusionType.FULLY_PERFORMED, null, owing))
                .isEqualTo(new Refused(Rule.AMOUNT_OUTSTANDING, ONE_FEN));
    }

    @Test
    void shouldConcludeAsSettlementPerformedOnlyWithAPerformedAgreement() {
        var performed = new Facts(CaseStatus.SETTLEMENT_PERFORMING, new BigDecimal("3000.00"), true);
        assertThat(ConclusionPolicy.onRequest(ConclusionType.SETTLEMENT_PERFORMED, null, performed))
                .isInstanceOf(Concludes.class);

        var notPerformed = new Facts(CaseStatus.SETTLEMENT_PERFORMING, new BigDecimal("3000.00"), false);
        assertThat(ConclusionPolicy.onRequest(ConclusionType.SETTLEMENT_PERFORMED, null, notPerformed))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.rule()).isEqualTo(Rule.SETTLEMENT_NOT_PERFORMED));
    }

    @Test
    void shouldTerminateOnlyWithAReason() {
        var facts = new Facts(CaseStatus.IN_ENFORCEMENT, new BigDecimal("50000.00"), false);
        for (var type : new ConclusionType[] {ConclusionType.TERMINATED_THIS_ROUND, ConclusionType.TERMINATED}) {
            assertThat(ConclusionPolicy.onRequest(type, null, facts))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.rule()).isEqualTo(Rule.REASON_REQUIRED));
            assertThat(ConclusionPolicy.onRequest(type, "无可供执行财产", facts))
                    .isEqualTo(new Concludes(type, "无可供执行财产", "case concluded as " + type));
        }
    }

    @Test
    void shouldConcludeAfterAPaymentThatPerformsTheSettlement() {
        // The agreement is performed although the case still owes more than it settled for.
        var facts = new Facts(CaseStatus.SETTLEMENT_PERFORMING, new BigDecimal("3000.00"), true);
        assertThat(ConclusionPolicy.afterPayment(facts)).contains(
                new Concludes(ConclusionType.SETTLEMENT_PERFORMED, "和解协议履行完毕", null));
    }

    @Test
    void shouldConcludeAfterAPaymentThatPaysEverythingAndEndTheLiveAgreement() {
        for (var status : new CaseStatus[] {CaseStatus.IN_ENFORCEMENT, CaseStatus.SETTLEMENT_PERFORMING}) {
            assertThat(ConclusionPolicy.afterPayment(new Facts(status, NOTHING, false))).contains(
                    new Concludes(ConclusionType.FULLY_PERFORMED, "全部履行完毕", "everything owed was paid"));
            assertThat(ConclusionPolicy.afterPayment(new Facts(status, ONE_FEN, false))).isEmpty();
        }
    }

    @Test
    void shouldNotConcludeAfterAPaymentOutsideEnforcement() {
        assertThat(ConclusionPolicy.afterPayment(new Facts(CaseStatus.FILED, NOTHING, false))).isEmpty();
        assertThat(ConclusionPolicy.afterPayment(new Facts(CaseStatus.CONCLUDED, NOTHING, true))).isEmpty();
    }
}
