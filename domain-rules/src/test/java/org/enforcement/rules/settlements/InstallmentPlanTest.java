package org.enforcement.rules.settlements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.enforcement.rules.settlements.InstallmentPlan.Installment;
import org.enforcement.rules.settlements.InstallmentPlan.Kind;
import org.junit.jupiter.api.Test;

class InstallmentPlanTest {

    private static final LocalDate SIGNED = LocalDate.of(2023, 1, 15);

    private static Installment due(String day, String amount) {
        return new Installment(LocalDate.parse(day), new BigDecimal(amount));
    }

    @Test
    void planByDateAddingUpToTheTotalIsFine() {
        assertThat(InstallmentPlan.check(SIGNED, new BigDecimal("300.00"),
                List.of(due("2023-01-15", "100.00"), due("2023-02-15", "200")))).isEmpty();
    }

    @Test
    void firstInstallmentMayNotBeDueBeforeSigning() {
        var flaw = InstallmentPlan.check(SIGNED, new BigDecimal("100"), List.of(due("2023-01-14", "100")))
                .orElseThrow();
        assertThat(flaw.kind()).isEqualTo(Kind.BEFORE_SIGNING);
        assertThat(flaw.type()).isEqualTo("installment-before-signing");
        assertThat(flaw.title()).isEqualTo("Installment due before signing");
        assertThat(flaw.detail()).isEqualTo("Installment 1 is due on 2023-01-14, before the agreement was signed on"
                + " 2023-01-15.");
    }

    @Test
    void installmentsAreByDateOnePerDate() {
        var flaw = InstallmentPlan.check(SIGNED, new BigDecimal("200"),
                List.of(due("2023-02-01", "100"), due("2023-02-01", "100"))).orElseThrow();
        assertThat(flaw.kind()).isEqualTo(Kind.OUT_OF_ORDER);
        assertThat(flaw.type()).isEqualTo("installments-out-of-order");
        assertThat(flaw.detail()).isEqualTo("Installment 2 is due on 2023-02-01, not after installment 1"
                + " (2023-02-01); list installments by due date, one per date.");
        assertThat(flaw.index()).isEqualTo(1);
    }

    @Test
    void installmentsAddUpToTheTotalExactly() {
        var flaw = InstallmentPlan.check(SIGNED, new BigDecimal("300"),
                List.of(due("2023-02-01", "100"), due("2023-03-01", "199.99"))).orElseThrow();
        assertThat(flaw.kind()).isEqualTo(Kind.DOES_NOT_ADD_UP);
        assertThat(flaw.type()).isEqualTo("installments-do-not-add-up");
        assertThat(flaw.title()).isEqualTo("Installments do not add up");
        assertThat(flaw.detail()).isEqualTo("The installments add up to 299.99 yuan but the agreement's total is"
                + " 300.00 yuan.");
        assertThat(flaw.installmentsSum()).isEqualByComparingTo("299.99").hasToString("299.99");
        assertThat(flaw.total()).hasToString("300.00");
    }

    @Test
    void horizonIsCheckedFirstAndOnlyWhenGiven() {
        var plan = List.of(due("2023-01-10", "100"), due("2033-01-16", "100"));
        LocalDate latest = SIGNED.plusYears(10);
        assertThat(InstallmentPlan.check(SIGNED, new BigDecimal("200"), plan, latest).orElseThrow().kind())
                .isEqualTo(Kind.BEFORE_SIGNING);
        var late = InstallmentPlan.check(SIGNED, new BigDecimal("200"),
                List.of(due("2023-02-01", "100"), due("2033-01-16", "100")), latest).orElseThrow();
        assertThat(late.kind()).isEqualTo(Kind.DUE_TOO_LATE);
        assertThat(late.index()).isEqualTo(1);
        assertThat(late.detail()).isEqualTo("2033-01-15");
        assertThat(InstallmentPlan.check(SIGNED, new BigDecimal("200"),
                List.of(due("2023-02-01", "100"), due("2033-01-15", "100")), latest)).isEmpty();
        // Without a horizon of the caller's, the rule's own: ten years, the same in both services.
        assertThat(InstallmentPlan.check(SIGNED, new BigDecimal("200"),
                List.of(due("2023-02-01", "100"), due("2033-01-16", "100"))).orElseThrow().kind())
                .isEqualTo(Kind.DUE_TOO_LATE);
        assertThat(InstallmentPlan.check(SIGNED, new BigDecimal("200"),
                List.of(due("2023-02-01", "100"), due("2033-01-15", "100")))).isEmpty();
        assertThat(InstallmentPlan.dueTooLate(SIGNED))
                .isEqualTo("must not be more than 10 years after the agreement was signed (2033-01-15 at the latest)");
    }

    @Test
    void shouldEndThePlanWithinTenYearsOfSigning() {
        LocalDate signed = LocalDate.of(2024, 2, 29);
        assertThat(InstallmentPlan.latestDue(signed)).isEqualTo(LocalDate.of(2034, 2, 28));
        var inTime = List.of(new Installment(LocalDate.of(2034, 2, 28), new BigDecimal("100.00")));
        assertThat(InstallmentPlan.check(signed, new BigDecimal("100.00"), inTime)).isEmpty();
        var tooLate = List.of(new Installment(LocalDate.of(2034, 3, 1), new BigDecimal("100.00")));
        assertThat(InstallmentPlan.check(signed, new BigDecimal("100.00"), tooLate))
                .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(Kind.DUE_TOO_LATE));
    }
}
