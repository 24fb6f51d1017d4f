package org.enforcement.rules.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummonsDurationTest {

    @Test
    void oneToEightHoursAreOrdinary() {
        assertThat(SummonsDuration.breach(1, false, "ordered")).isEmpty();
        assertThat(SummonsDuration.breach(8, false, "ordered")).isEmpty();
        assertThat(SummonsDuration.isExtended(8)).isFalse();
    }

    @Test
    void lessThanAnHourIsNoSummons() {
        assertThat(SummonsDuration.breach(0, true, "ordered")).hasValue("A compulsory summons (拘传) is for"
                + " questioning of 1 to 8 hours, 24 where complex (" + SummonsDuration.LEGAL_BASIS
                + "); 0 hours were ordered.");
    }

    @Test
    void beyondEightHoursOnlyWhereComplex() {
        assertThat(SummonsDuration.breach(9, false, "recorded")).hasValue("Questioning after a compulsory summons"
                + " (拘传) may last at most 8 hours; up to 24 hours only where the situation is complex and detention"
                + " may follow (set complex: true) (" + SummonsDuration.LEGAL_BASIS + "); 9 hours were recorded.");
        assertThat(SummonsDuration.breach(9, true, "recorded")).isEmpty();
        assertThat(SummonsDuration.breach(24, true, "recorded")).isEmpty();
        assertThat(SummonsDuration.isExtended(9)).isTrue();
    }

    @Test
    void neverBeyondTwentyFourHours() {
        assertThat(SummonsDuration.breach(25, true, "ordered")).hasValue("Questioning after a compulsory summons"
                + " (拘传) may last at most 24 hours even where the situation is complex and detention may follow ("
                + SummonsDuration.LEGAL_BASIS + "); 25 hours were ordered.");
        assertThat(SummonsDuration.breach(25, false, "ordered")).get().asString().contains("at most 24 hours even");
    }

    @Test
    void citesInterpretationArticle482() {
        assertThat(SummonsDuration.LEGAL_BASIS).isEqualTo("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十二条");
    }
}
