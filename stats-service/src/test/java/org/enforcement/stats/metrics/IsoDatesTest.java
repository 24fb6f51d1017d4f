package org.enforcement.stats.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The direct reading of {@code yyyy-MM-dd} answers what {@link LocalDate#parse} answers, and refuses what it refuses. */
class IsoDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2022-01-01", "2024-12-31", "0001-01-01", "+12345-01-01"})
    void readsWhatTheFormatterReads(String text) {
        assertThat(IsoDates.date(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "2024-1-011", "2024/01/01",
        "2024-0a-01", "２０２４-01-01", "-024-01-01", "2024-01-01T00:00:00Z", "", "yesterday"})
    void refusesWhatTheFormatterRefuses(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.date(text)).isInstanceOf(DateTimeException.class);
    }
}
