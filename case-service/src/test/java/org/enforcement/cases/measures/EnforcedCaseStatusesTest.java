package org.enforcement.cases.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.enforcement.cases.casefiles.CaseStatus;
import org.enforcement.rules.vocabulary.EnforcedCase;
import org.junit.jupiter.api.Test;

/** The shared rule names statuses by their names: each must be one of case-service's statuses. */
class EnforcedCaseStatusesTest {

    @Test
    void shouldNameOnlyStatusesCaseServiceHas() {
        assertThat(Arrays.stream(CaseStatus.values()).map(Enum::name)).containsAll(EnforcedCase.STATUSES);
    }
}
