package org.enforcement.operations.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewerFiguresTest {

    @Test
    void shouldSayTheCourtsFigures() {
        assertThat(ViewerFigures.phrase(912_345)).isEqualTo("90余万人次"); // Huaiyin: over 900,000
        assertThat(ViewerFigures.phrase(985_000)).isEqualTo("近100万人次"); // Liangzhou: nearly 1,000,000
        assertThat(ViewerFigures.phrase(1_020_000)).isEqualTo("100余万人次");
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0人次",
            "1, 1人次",
            "9999, 9999人次",
            "10000, 1万人次",
            "12000, 1万余人次",
            "18999, 1万余人次",
            "19000, 近2万人次",
            "47499, 4万余人次",
            "47500, 近5万人次",
            "50000, 5万人次",
            "94999, 9万余人次",
            "95000, 近10万人次",
            "99999, 近10万人次",
            "100000, 10万人次",
            "100001, 10余万人次",
            "250000, 20余万人次",
            "285000, 近30万人次",
            "900000, 90万人次",
            "949999, 90余万人次",
            "950000, 近100万人次",
            "1000000, 100万人次",
            "1899999, 100余万人次",
            "1900000, 近200万人次",
            "12345678, 1000余万人次",
            "96000000, 近1亿人次",
            "100000000, 1亿人次",
            "120000000, 1亿余人次",
            "1500000000, 10余亿人次",
    })
    void shouldFollowTheDocumentedRules(long total, String phrase) {
        assertThat(ViewerFigures.phrase(total)).isEqualTo(phrase);
    }

    @Test
    void shouldRefuseImpossibleTotals() {
        assertThatThrownBy(() -> ViewerFigures.phrase(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ViewerFigures.phrase(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ViewerFigures.phrase(ViewerFigures.MAX)).isEqualTo("近10000000000亿人次");
    }
}
