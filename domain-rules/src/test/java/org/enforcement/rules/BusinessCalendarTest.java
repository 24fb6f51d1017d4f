package org.enforcement.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void shouldAcceptTheFirstDayAndTheLastDayOfNextYear() {
        assertThat(BusinessCalendar.outOfRange(LocalDate.of(1990, 1, 1), TODAY)).isEmpty();
        assertThat(BusinessCalendar.outOfRange(LocalDate.of(2027, 12, 31), TODAY)).isEmpty();
    }

    @Test
    void shouldRefuseTheDayBefore1990AndTheDayAfterNextYear() {
        assertThat(BusinessCalendar.outOfRange(LocalDate.of(1989, 12, 31), TODAY))
                .contains("must not be before 1990-01-01");
        assertThat(BusinessCalendar.outOfRange(LocalDate.of(2028, 1, 1), TODAY))
                .contains("must not be after 2027-12-31");
    }

    @Test
    void shouldJudgeAnInstantByItsDayInShanghai() {
        // 16:00 UTC on 31 Dec 1989 is already 1 Jan 1990 in Shanghai.
        assertThat(BusinessCalendar.outOfRange(Instant.parse("1989-12-31T16:00:00Z"), TODAY)).isEmpty();
        assertThat(BusinessCalendar.outOfRange(Instant.parse("1989-12-31T15:59:59Z"), TODAY)).isPresent();
        assertThat(BusinessCalendar.dayOf(Instant.parse("2023-08-03T16:30:00Z"))).isEqualTo(LocalDate.of(2023, 8, 4));
    }

    @Test
    void shouldRefuseInstantsWithoutADayInShanghaiInsteadOfThrowing() {
        // A request's "at": "+999999999-12-31T23:59:59Z" was a 500 from inside Bean Validation.
        assertThat(BusinessCalendar.outOfRange(Instant.parse("+999999999-12-31T23:59:59Z"), TODAY))
                .contains("must not be after 2027-12-31");
        assertThat(BusinessCalendar.outOfRange(Instant.MIN, TODAY)).contains("must not be before 1990-01-01");
    }
}
