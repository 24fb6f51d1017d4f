package org.enforcement.stats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chart labels, value by value (the wording of published sentences is tested in domain-rules). */
class ChartLabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "8500.00, 8500", "6500.50, 6500.5", "10000, 1万", "305000.00, 30.5万", "304999, 30.5万",
            "99999999, 1亿", "123456789, 1.2亿", "-305000, -30.5万"})
    void shouldWriteCompactChartLabels(String value, String expected) {
        assertThat(ChartLabels.compact(new BigDecimal(value))).isEqualTo(expected);
    }
}
