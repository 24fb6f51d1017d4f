package org.enforcement.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnforcedCaseTest {

    @Test
    void shouldEnforceOnlyCasesInEnforcementOrPerformingASettlement() {
        assertThat(EnforcedCase.is("IN_ENFORCEMENT")).isTrue();
        assertThat(EnforcedCase.is("SETTLEMENT_PERFORMING")).isTrue();
        assertThat(EnforcedCase.is("REGISTERED")).isFalse();
        assertThat(EnforcedCase.is("CONCLUDED")).isFalse();
        assertThat(EnforcedCase.is("in_enforcement")).isFalse();
        assertThat(EnforcedCase.is(null)).isFalse();
    }
}
