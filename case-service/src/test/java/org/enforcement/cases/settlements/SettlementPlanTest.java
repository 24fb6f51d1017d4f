package org.enforcement.cases.settlements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.enforcement.cases.settlements.SettlementPlan.Position;
import org.enforcement.cases.settlements.SettlementPlan.Share;
import org.junit.jupiter.api.Test;

/** Oldest-first allocation over the installments, and the plan's ten-year horizon. */
class SettlementPlanTest {

    private static Position open(String due) {
        return new Position(new BigDecimal(due), false);
    }

    private static Position paid() {
        return new Position(new BigDecimal("0.00"), true);
    }

    private static Share share(int index, String amount) {
        return new Share(index, new BigDecimal(amount));
    }

    @Test
    void shouldPayTheOldestOpenInstallmentFirstAndCarryTheRestToTheNext() {
        // Zhang v. Qin: four installments of 13325; Qin pays 20000 on the spot.
        var plan = List.of(open("13325.00"), open("13325.00"), open("13325.00"), open("13325.00"));
        assertThat(SettlementPlan.allocate(new BigDecimal("20000.00"), plan))
                .containsExactly(share(0, "13325.00"), share(1, "6675.00"));
    }

    @Test
    void shouldSkipPaidInstallmentsAndFinishAPartlyPaidOne() {
        var plan = List.of(paid(), open("6650.00"), open("13325.00"));
        assertThat(SettlementPlan.allocate(new BigDecimal("6650.00"), plan)).containsExactly(share(1, "6650.00"));
        assertThat(SettlementPlan.allocate(new BigDecimal("6650.01"), plan))
                .containsExactly(share(1, "6650.00"), share(2, "0.01"));
    }

    @Test
    void shouldLeaveWhatExceedsThePlanUnallocated() {
        var plan = List.of(open("100.00"), open("100.00"));
        assertThat(SettlementPlan.allocate(new BigDecimal("500.00"), plan))
                .containsExactly(share(0, "100.00"), share(1, "100.00"));
        assertThat(SettlementPlan.allocate(new BigDecimal("500.00"), List.of(paid()))).isEmpty();
    }
}
