package org.enforcement.rules.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetentionTermTest {

    @Test
    void oneToFifteenDays() {
        assertThat(DetentionTerm.breach(1, "ordered")).isEmpty();
        assertThat(DetentionTerm.breach(15, "ordered")).isEmpty();
    }

    @Test
    void noDetentionOfNoDaysOrBeyondFifteen() {
        assertThat(DetentionTerm.breach(0, "ordered")).isPresent();
        assertThat(DetentionTerm.breach(16, "ordered")).hasValue("Judicial detention (司法拘留) is for 1 to 15 days"
                + " (《中华人民共和国民事诉讼法》第一百一十八条: 拘留的期限，为十五日以下); 16 days were ordered.");
    }
}
