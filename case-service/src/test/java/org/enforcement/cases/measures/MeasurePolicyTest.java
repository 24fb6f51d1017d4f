package org.enforcement.cases.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.enforcement.cases.casefiles.PartyKind;
import org.enforcement.cases.measures.MeasurePolicy.Permitted;
import org.enforcement.cases.measures.MeasurePolicy.Terms;
import org.enforcement.cases.measures.MeasurePolicy.Verdict;
import org.enforcement.cases.measures.MeasurePolicy.Violation;
import org.enforcement.rules.vocabulary.MeasureType;
import org.junit.jupiter.api.Test;

/** The legal limits, each just inside and just outside its bound. */
class MeasurePolicyTest {

    private static final LocalDate START = LocalDate.of(2024, 2, 29);

    @Test
    void shouldBoundSummonsByEightHoursOrTwentyFourWhenComplex() {
        assertPermitted(summons(1, false), false);
        assertPermitted(summons(8, false), false);
        assertViolation(summons(9, false), "summons-duration", MeasurePolicy.CIVIL_PROCEDURE_INTERPRETATION_ART_482);
        assertViolation(summons(0, false), "summons-duration", MeasurePolicy.CIVIL_PROCEDURE_INTERPRETATION_ART_482);
        assertPermitted(summons(8, true), false);
        assertPermitted(summons(9, true), true);
        assertPermitted(summons(24, true), true);
        assertViolation(summons(25, true), "summons-duration", MeasurePolicy.CIVIL_PROCEDURE_INTERPRETATION_ART_482);
    }

    @Test
    void shouldBoundDetentionByFifteenDaysAlwaysWithApproval() {
        assertPermitted(detention(1), true);
        assertPermitted(detention(15), true);
        assertViolation(detention(16), "detention-days", MeasurePolicy.CIVIL_PROCEDURE_LAW_ART_118);
        assertViolation(detention(0), "detention-days", MeasurePolicy.CIVIL_PROCEDURE_LAW_ART_118);
        assertViolation(detention(-1), "detention-days", MeasurePolicy.CIVIL_PROCEDURE_LAW_ART_118);
    }

    @Test
    void shouldKeepPersonFinesUpToAndIncludingOneHundredThousand() {
        assertPermitted(fine(PartyKind.PERSON, "0.01"), false);
        assertPermitted(fine(PartyKind.PERSON, "99999.99"), false);
        // 十万元以下 includes 100,000 itself (以下 counts the number in).
        assertPermitted(fine(PartyKind.PERSON, "100000.00"), false);
        assertPermitted(fine(PartyKind.PERSON, "100000"), false);
        assertViolation(fine(PartyKind.PERSON, "100000.01"), "fine-amount", MeasurePolicy.CIVIL_PROCEDURE_LAW_ART_118);
    }

    @Test
    void shouldKeepOrganizationFinesBetweenFiftyThousandAndOneMillion() {
        assertViolation(fine(PartyKind.ORGANIZATION, "49999.99"), "fine-amount",
                MeasurePolicy.CIVIL_PROCEDURE_LAW_ART_118);
        assertPermitted(fine(PartyKind.ORGANIZATION, "50000.00"), false);
        assertPermitted(fine(PartyKind.ORGANIZATION, "1000000.00"), false);
        assertViolation(fine(PartyKind.ORGANIZATION, "1000000.01"), "fine-amount",
                MeasurePolicy.CIVIL_PROCEDURE_LAW_ART_118);
    }

    @Test
    void shouldLimitDishonestListingToFiveYears() {
        assertPermitted(listing(START.plusYears(2)), false);
        assertPermitted(listing(START.plusYears(5)), false);
        assertViolation(listing(START.plusYears(5).plusDays(1)), "listing-term",
                MeasurePolicy.DISHONEST_LIST_RULES_ART_2);
    }

    @Test
    void shouldRequireApprovalForSearchOnly() {
        assertPermitted(MeasurePolicy.evaluate(plain(MeasureType.SEARCH)), true);
        for (MeasureType type : new MeasureType[] {MeasureType.PROPERTY_REPORT_ORDER,
                MeasureType.CONSUMPTION_RESTRICTION, MeasureType.SEIZURE, MeasureType.FREEZE, MeasureType.VALUATION,
                MeasureType.AUCTION}) {
            assertPermitted(MeasurePolicy.evaluate(plain(type)), false);
        }
    }

    @Test
    void shouldCiteTheLawInTheDetail() {
        Violation v = (Violation) fine(PartyKind.PERSON, "100000.01");
        assertThat(v.detail()).contains("《中华人民共和国民事诉讼法》第一百一十八条").contains("at most 100000.00")
                .contains("100000.01");
        assertThat(v.field()).isEqualTo("amount");
    }

    private static Verdict summons(int hours, boolean complex) {
        return MeasurePolicy.evaluate(new Terms(MeasureType.SUMMONS, PartyKind.PERSON, hours, complex, null, null,
                null, null));
    }

    private static Verdict detention(int days) {
        return MeasurePolicy.evaluate(new Terms(MeasureType.DETENTION, PartyKind.PERSON, null, false, days, null,
                null, null));
    }

    private static Verdict fine(PartyKind kind, String amount) {
        return MeasurePolicy.evaluate(new Terms(MeasureType.FINE, kind, null, false, null, new BigDecimal(amount),
                null, null));
    }

    private static Verdict listing(LocalDate endsOn) {
        return MeasurePolicy.evaluate(new Terms(MeasureType.DISHONEST_LISTING, PartyKind.PERSON, null, false, null,
                null, START, endsOn));
    }

    private static Terms plain(MeasureType type) {
        return new Terms(type, null, null, false, null, null, null, null);
    }

    private static void assertPermitted(Verdict verdict, boolean approvalRequired) {
        assertThat(verdict).isEqualTo(new Permitted(approvalRequired));
    }

    private static void assertViolation(Verdict verdict, String rule, String legalBasis) {
        assertThat(verdict).isInstanceOf(Violation.class);
        Violation v = (Violation) verdict;
        assertThat(v.rule()).isEqualTo(rule);
        assertThat(v.legalBasis()).isEqualTo(legalBasis);
        assertThat(v.detail()).contains(legalBasis);
    }
}
