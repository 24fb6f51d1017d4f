package org.enforcement.stats.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rounding rule of published figures, value by value. */
class ChineseFiguresTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // below 1万: exact, trailing zeros of the fen dropped
            "0, 0",
            "8, 8",
            "8500, 8500",
            "8500.00, 8500",
            "6500.50, 6500.5",
            "6500.55, 6500.55",
            "9999, 9999",
            "9999.99, 9999.99",
            // 1万 to 100万: one significant digit
            "10000, 1万",
            "10000.01, 1余万",
            "35000, 3余万",
            "94999, 9余万",
            "95000, 约10万",
            "99999, 约10万",
            "100000, 10万",
            "300000, 30万",
            "300000.01, 30余万",
            "305000, 30余万",
            "305000.00, 30余万",
            "350000, 30余万",
            "379999, 30余万",
            "380000, 约40万",
            "938000, 90余万",
            "949999, 90余万",
            "950000, 约100万",
            "985000, 约100万",
            // from 100万: two significant digits
            "1000000, 100万",
            "1000001, 100余万",
            "1230000, 120余万",
            "1234999, 120余万",
            "1235000, 约130万",
            "1300000, 130万",
            "9990000, 约1000万",
            "12345678, 1200余万",
            "99000000, 9900万",
            "99999999, 约1亿",
            // from 1亿: 亿 with one decimal, 余 after the unit
            "100000000, 1亿",
            "123456789, 1.2亿余",
            "120000000, 1.2亿",
            "1500000000, 15亿"})
    void shouldApproximateByTheDocumentedRule(String value, String expected) {
        assertThat(ChineseFigures.approximate(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void shouldAddTheUnit() {
        assertThat(ChineseFigures.yuan(new BigDecimal("305000.00"))).isEqualTo("30余万元");
        assertThat(ChineseFigures.yuan(new BigDecimal("300000.00"))).isEqualTo("30万元");
        assertThat(ChineseFigures.yuan(new BigDecimal("8500.00"))).isEqualTo("8500元");
        assertThat(ChineseFigures.yuan(new BigDecimal("6500.50"))).isEqualTo("6500.5元");
        assertThat(ChineseFigures.personTimes(new BigDecimal("985000"))).isEqualTo("约100万人次");
        assertThat(ChineseFigures.personTimes(new BigDecimal("938000"))).isEqualTo("90余万人次");
        assertThat(ChineseFigures.personTimes(new BigDecimal("1230000"))).isEqualTo("120余万人次");
    }

    @Test
    void shouldWriteCountsExactly() {
        assertThat(ChineseFigures.count(new BigDecimal("13"))).isEqualTo("13");
        assertThat(ChineseFigures.count(new BigDecimal("1230000"))).isEqualTo("1230000");
        assertThat(ChineseFigures.count(new BigDecimal("9999"))).isEqualTo("9999");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "8500.00, 8500", "6500.50, 6500.5", "10000, 1万", "305000.00, 30.5万", "304999, 30.5万",
            "99999999, 1亿", "123456789, 1.2亿", "-305000, -30.5万"})
    void shouldWriteCompactChartLabels(String value, String expected) {
        assertThat(ChineseFigures.compact(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void shouldRefuseNegativeFigures() {
        assertThatThrownBy(() -> ChineseFigures.approximate(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseFigures.count(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
